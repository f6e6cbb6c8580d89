#!/usr/bin/python3
"""Writes zh-demo's FP16 acoustic model (acoustic.fp16.pt) from the shipped acoustic.pt.

The TorchScript in acoustic.pt was exported before model.py cast its masks by the input's dtype,
so a plain .half() copy of it fails ("Input type (float) and bias type (Half)"). This rebuilds the
model from model.py (now dtype-clean) with acoustic.pt's weights and statistics, checks that it
computes the same mel as acoustic.pt in fp32, and hands it to voices/tools/make_fp16_variant.py.
Needs no training data or checkpoint. Usage: /usr/bin/python3 voices/zh-demo/export_fp16.py
"""
import os
import sys

import torch

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "tools"))
sys.path.insert(0, HERE)
import make_fp16_variant  # noqa: E402
from common import BOUNDARIES, E_SIZE, NMELS, PHONES, SIL_MEL, TONES  # noqa: E402
from model import Acoustic  # noqa: E402


def main():
    shipped, contract = make_fp16_variant.load_acoustic(HERE)
    model = Acoustic(len(PHONES), len(TONES), len(BOUNDARIES), E_SIZE, d=160, n_enc=4, n_dec=4, n_mels=NMELS,
                     lf0_mean=shipped.lf0_mean, lf0_std=shipped.lf0_std, en_mean=shipped.en_mean,
                     en_std=shipped.en_std, sil_mel=SIL_MEL)
    model.load_state_dict(shipped.state_dict())
    model.eval()
    g = torch.Generator().manual_seed(7)
    phones = torch.randint(2, len(PHONES), (2, 30), generator=g)
    phones[1, 24:] = 0
    tones = torch.randint(1, len(TONES), (2, 30), generator=g)
    bounds = torch.randint(1, len(BOUNDARIES), (2, 30), generator=g)
    speaker = torch.randn(2, E_SIZE, generator=g) * 0.1
    controls = torch.tensor([[1.0, 1.0, 1.0], [1.2, 0.9, 0.8]])
    with torch.no_grad():
        a, da = shipped(phones, tones, bounds, speaker, controls)
        b, db = torch.jit.script(model)(phones, tones, bounds, speaker, controls)
    diff = (a - b).abs().max().item()
    if not torch.equal(da, db) or diff > 1e-4:
        sys.exit("rebuilt model differs from acoustic.pt (max |mel difference| %g): not writing" % diff)
    print("rebuilt model matches acoustic.pt (max |mel difference| %.2g)" % diff)
    make_fp16_variant.write_variant(HERE, model, contract)


if __name__ == "__main__":
    main()
