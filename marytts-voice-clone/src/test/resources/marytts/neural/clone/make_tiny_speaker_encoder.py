#!/usr/bin/python3
"""Makes tiny-speaker-encoder.pt, a test speaker encoder for zh-tiny-test (contract v1
forward(wav float32 [B, S]) -> [B, E], E = 16, wav at 16 kHz) so the zero-shot enrollment path runs
in tests. Not a trained speaker model: the log of the long-term power spectrum (32 ms frames, the
average over bins removed) through a fixed random projection (seed 5), L2-normalised. Signals with
a similar spectral envelope get similar vectors, which is all the tests need.
Usage: /usr/bin/python3 make_tiny_speaker_encoder.py  (writes next to this script)
"""
import os

import torch

E = 16
N_FFT = 512
HOP = 256


class TinySpeakerEncoder(torch.nn.Module):
    def __init__(self):
        super().__init__()
        g = torch.Generator().manual_seed(5)
        self.register_buffer("projection", torch.randn(N_FFT // 2 + 1, E, generator=g) / 16.0)
        self.register_buffer("window", torch.hann_window(N_FFT))
        self.n_fft = N_FFT
        self.hop = HOP

    def forward(self, wav: torch.Tensor) -> torch.Tensor:
        spec = torch.stft(wav, self.n_fft, self.hop, self.n_fft, self.window, return_complex=True).abs()
        logspec = torch.log((spec * spec).mean(dim=2) + 1e-10)  # [B, F]: long-term power, loud frames count most
        logspec = logspec - logspec.mean(dim=1, keepdim=True)
        e = torch.matmul(logspec, self.projection)
        return e / torch.clamp(torch.sqrt((e * e).sum(dim=1, keepdim=True)), min=1e-6)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    m = torch.jit.script(TinySpeakerEncoder().eval())
    contract = "contract.version=1\nrole=speaker_encoder\nsample.rate=16000\nspeaker.embedding.size=%d\n" % E
    out = os.path.join(here, "tiny-speaker-encoder.pt")
    m.save(out, _extra_files={"contract.properties": contract})
    print("wrote", out, tuple(m(torch.randn(2, 16000)).shape))


if __name__ == "__main__":
    main()
