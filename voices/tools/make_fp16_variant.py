#!/usr/bin/python3
"""Adds an FP16 variant of a voice package's acoustic model (contract v1, optional keys
model.acoustic.fp16 / model.acoustic.fp16.sha256) for GPUs.

The variant has exactly the fp32 model's interface (float32 speaker and controls in, float32 mel
out): a scripted wrapper casts the float inputs to half, runs the half-precision copy of the model
and casts the mel back, so the engine's translators do not change. This only works for a model
whose code casts by the input's dtype (a hard-coded .float() inside meets half weights and fails);
such a model's package can rebuild a clean module from the weights and call write_variant (see
voices/zh-demo/export_fp16.py). The engine uses the variant only on a GPU, and only after checking
at load time that its mel stays close to the fp32 model's (NeuralVoiceEngine), so a model that
does not survive half precision falls back to fp32. The vocoder gets no variant: our Griffin-Lim
vocoders need float32 FFTs for a stable phase.

Usage: /usr/bin/python3 voices/tools/make_fp16_variant.py PACKAGE_DIR
(writes PACKAGE_DIR/acoustic.fp16.pt and adds or replaces the two keys in voice.properties)
"""
import hashlib
import os
import re
import sys
from typing import Tuple

import torch

VARIANT = "acoustic.fp16.pt"


class HalfAcoustic(torch.nn.Module):
    def __init__(self, model: torch.nn.Module):
        super().__init__()
        self.model = model

    def forward(self, phones: torch.Tensor, tones: torch.Tensor, boundaries: torch.Tensor,
                speaker: torch.Tensor, controls: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
        mel, durations = self.model(phones, tones, boundaries, speaker.half(), controls.half())
        return mel.float(), durations


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def load_acoustic(pkg):
    """The package's fp32 acoustic model (TorchScript) and its embedded contract text."""
    props = open(os.path.join(pkg, "voice.properties"), encoding="utf-8").read()
    m = re.search(r"^model\.acoustic\s*=\s*(\S+)\s*$", props, re.M)
    if not m:
        sys.exit(pkg + "/voice.properties: no model.acoustic")
    src = os.path.join(pkg, m.group(1))
    extra = {"contract.properties": ""}
    model = torch.jit.load(src, map_location="cpu", _extra_files=extra)
    contract = extra["contract.properties"]
    contract = contract.decode("utf-8") if isinstance(contract, bytes) else contract
    if "role=acoustic" not in contract:
        sys.exit(src + ": not an acoustic model of contract v1")
    return model, contract


def write_variant(pkg, model, contract):
    """Saves a .half() copy of model (fp32 interface kept) as PACKAGE/acoustic.fp16.pt and lists it."""
    wrapped = torch.jit.script(HalfAcoustic(model.half()).eval())
    out = os.path.join(pkg, VARIANT)
    wrapped.save(out, _extra_files={"contract.properties": contract.rstrip("\n") + "\nprecision=fp16\n"})
    props_path = os.path.join(pkg, "voice.properties")
    props = open(props_path, encoding="utf-8").read()
    props = re.sub(r"^model\.acoustic\.fp16(\.sha256)?\s*=.*\n?", "", props, flags=re.M)
    lines = props.rstrip("\n").split("\n")
    at = max(i for i, l in enumerate(lines) if l.startswith("model.acoustic")) + 1
    sep = " = " if re.search(r"^model\.acoustic = ", props, re.M) else "="
    lines[at:at] = ["model.acoustic.fp16" + sep + VARIANT, "model.acoustic.fp16.sha256" + sep + sha256(out)]
    with open(props_path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print("wrote", out, os.path.getsize(out), "bytes")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    model, contract = load_acoustic(sys.argv[1])
    write_variant(sys.argv[1], model, contract)


if __name__ == "__main__":
    main()
