#!/usr/bin/python3
"""Builds the zh-tiny-test voice package: tiny TorchScript models that follow
docs/voice-package.md (contract v1) so the engine's loading, inference and audio path can be
tested without a trained voice. The acoustic model is randomly initialised (fixed seed): it
speaks no Mandarin, it only produces well-formed mel frames with phone-dependent durations.
The vocoder is a real signal-processing vocoder (mel -> linear magnitude by the mel filterbank's
pseudo-inverse, then a few Griffin-Lim iterations with torch.stft/istft).

Usage: /usr/bin/python3 voices/zh-tiny-test/make_tiny_voice.py [OUT_DIR]
"""
import hashlib
import os
import re
import sys

import torch
import torchaudio

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
ALLOPHONES = os.path.join(ROOT, "lang-zh/src/main/resources/marytts/language/zh/allophones.zh_CN.xml")

SAMPLE_RATE = 16000
HOP = 200
N_FFT = 800
N_MELS = 80
FMIN = 0.0
FMAX = 8000.0
EMB = 16
LOG_FLOOR = 1e-5


def phone_table():
    text = open(ALLOPHONES, encoding="utf-8").read()
    phones = re.findall(r'<(?:consonant|vowel)\s+ph="([^"]+)"', text)
    return ["<pad>", "_"] + phones


class TinyAcoustic(torch.nn.Module):
    def __init__(self, n_phones: int):
        super().__init__()
        self.phone = torch.nn.Embedding(n_phones, 32, padding_idx=0)
        self.tone = torch.nn.Embedding(7, 8, padding_idx=0)
        self.boundary = torch.nn.Embedding(7, 8, padding_idx=0)
        self.speaker = torch.nn.Linear(EMB, 48)
        self.out = torch.nn.Linear(48, N_MELS)
        # frames per phone: silence long, finals longer than initials
        base = torch.full((n_phones,), 5.0)
        base[0] = 0.0
        base[1] = 12.0
        self.register_buffer("base_duration", base)
        self.n_mels = N_MELS
        self.log_floor = float(torch.log(torch.tensor(LOG_FLOOR)))

    def forward(self, phones: torch.Tensor, tones: torch.Tensor, boundaries: torch.Tensor,
                speaker: torch.Tensor, controls: torch.Tensor):
        h = torch.cat([self.phone(phones), self.tone(tones), self.boundary(boundaries)], dim=-1)
        h = torch.tanh(h + self.speaker(speaker).unsqueeze(1))
        dur = self.base_duration[phones] * (1.0 + (tones > 1).float() * 0.8)
        dur = torch.round(dur * controls[:, 0:1]).long()
        dur = torch.where(phones == 0, torch.zeros_like(dur), torch.clamp(dur, min=1))
        frames = self.out(h) * 1.5 - 4.0 + torch.log(controls[:, 2:3]).unsqueeze(-1)
        lengths = dur.sum(dim=1)
        t_max = int(lengths.max().item())
        mel = torch.full((phones.size(0), t_max, self.n_mels), self.log_floor)
        for b in range(phones.size(0)):
            row = torch.repeat_interleave(frames[b], dur[b], dim=0)
            mel[b, : row.size(0)] = row
        return mel.transpose(1, 2), dur


class GriffinLimVocoder(torch.nn.Module):
    def __init__(self, iterations: int = 8):
        super().__init__()
        fb = torchaudio.functional.melscale_fbanks(N_FFT // 2 + 1, FMIN, FMAX, N_MELS, SAMPLE_RATE)
        self.register_buffer("inverse", torch.linalg.pinv(fb))  # [n_mels, n_freq]
        self.register_buffer("window", torch.hann_window(N_FFT))
        self.iterations = iterations
        self.hop = HOP
        self.n_fft = N_FFT

    def forward(self, mel: torch.Tensor) -> torch.Tensor:
        mag = torch.clamp(torch.matmul(torch.exp(mel).transpose(1, 2), self.inverse), min=0.0).transpose(1, 2)
        length = mel.size(2) * self.hop
        # deterministic pseudo-random initial phase (TorchScript has no Generator)
        f = torch.arange(mag.size(1), dtype=torch.float32).unsqueeze(1)
        t = torch.arange(mag.size(2), dtype=torch.float32).unsqueeze(0)
        noise = torch.sin(f * 12.9898 + t * 78.233) * 43758.5453
        angle = (noise - torch.floor(noise)).unsqueeze(0).expand_as(mag) * 6.283185307
        spec = torch.polar(mag, angle)
        wav = torch.istft(spec, self.n_fft, self.hop, self.n_fft, self.window, length=length)
        for _ in range(self.iterations):
            rebuilt = torch.stft(wav, self.n_fft, self.hop, self.n_fft, self.window, return_complex=True)
            spec = torch.polar(mag, torch.angle(rebuilt[:, :, : mag.size(2)]))
            wav = torch.istft(spec, self.n_fft, self.hop, self.n_fft, self.window, length=length)
        peak = torch.clamp(wav.abs().amax(dim=1, keepdim=True), min=1e-4)
        return wav / peak * 0.8


def contract(role, phones):
    return ("contract.version=1\nrole=%s\nmel.bands=%d\nhop.size=%d\nsample.rate=%d\nphones=%d\n"
            "speaker.embedding.size=%d\n" % (role, N_MELS, HOP, SAMPLE_RATE, phones, EMB))


def sha256(path):
    with open(path, "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def main():
    out = sys.argv[1] if len(sys.argv) > 1 else HERE
    os.makedirs(out, exist_ok=True)
    torch.manual_seed(1234)
    phones = phone_table()
    acoustic = torch.jit.script(TinyAcoustic(len(phones)).eval())
    vocoder = torch.jit.script(GriffinLimVocoder().eval())
    acoustic.save(os.path.join(out, "acoustic.pt"), _extra_files={"contract.properties": contract("acoustic", len(phones))})
    vocoder.save(os.path.join(out, "vocoder.pt"), _extra_files={"contract.properties": contract("vocoder", len(phones))})

    # smoke test: batch of two with padding
    p = torch.tensor([[2, 30, 1, 0], [2, 30, 5, 31]])
    t = torch.tensor([[1, 4, 1, 0], [1, 4, 1, 3]])
    bnd = torch.tensor([[2, 3, 6, 0], [2, 3, 2, 3]])
    mel, dur = acoustic(p, t, bnd, torch.zeros(2, EMB), torch.ones(2, 3))
    wav = vocoder(mel)
    assert mel.shape[1] == N_MELS and wav.shape[1] == mel.shape[2] * HOP and int(dur[0, 3]) == 0

    speaker = ",".join("%.4f" % v for v in torch.linspace(-0.5, 0.5, EMB).tolist())
    props = [
        "# Generated by make_tiny_voice.py: a test voice (random acoustic model), not a real voice.",
        "contract.version = 1",
        "name = zh-tiny-test",
        "locale = zh_CN",
        "gender = female",
        "sample.rate = %d" % SAMPLE_RATE,
        "hop.size = %d" % HOP,
        "mel.bands = %d" % N_MELS,
        "mel.fft = %d" % N_FFT,
        "mel.win = %d" % N_FFT,
        "mel.fmin = %d" % FMIN,
        "mel.fmax = %d" % FMAX,
        "symbols.phones = " + " ".join(phones),
        "symbols.tones = <pad> 0 1 2 3 4 5",
        "symbols.boundaries = <pad> none syllable word phrase sentence",
        "speaker.embedding.size = %d" % EMB,
        "speakers = test",
        "speaker.test = " + speaker,
        "model.acoustic = acoustic.pt",
        "model.acoustic.sha256 = " + sha256(os.path.join(out, "acoustic.pt")),
        "model.vocoder = vocoder.pt",
        "model.vocoder.sha256 = " + sha256(os.path.join(out, "vocoder.pt")),
        "license = Apache-2.0",
        "",
    ]
    with open(os.path.join(out, "voice.properties"), "w", encoding="utf-8") as f:
        f.write("\n".join(props))
    with open(os.path.join(out, "LICENSE"), "w", encoding="utf-8") as f:
        f.write("The zh-tiny-test models are generated from random weights by make_tiny_voice.py in this\n"
                "repository and are distributed under the Apache License 2.0, like the project.\n")
    print("wrote", out, "mel", tuple(mel.shape), "wav", tuple(wav.shape))


if __name__ == "__main__":
    main()
