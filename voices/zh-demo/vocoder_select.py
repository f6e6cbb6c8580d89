"""Pick the Griffin-Lim vocoder settings by copy synthesis of the held-out recordings:
recording -> log-mel -> vocoder -> re-analysed log-mel; figures: MCD (dB, DTW, c1..c24 of the
log-mel cepstrum, common.mcd), log-spectral distance of the linear STFT magnitude 0-8 kHz (dB), and real-time factor on
this CPU (2 threads).  Writes work/vocoder_select.json; export.py uses the chosen setting."""
import json
import os
import sys
import time

import torch

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa
from model import GriffinLim

WORK = os.path.join(HERE, "work")
CONFIGS = [
    dict(n_iter=32, momentum=0.0, power=1.0),   # classic Griffin-Lim
    dict(n_iter=16, momentum=0.99, power=1.0),  # fast Griffin-Lim
    dict(n_iter=32, momentum=0.99, power=1.0),
    dict(n_iter=64, momentum=0.99, power=1.0),
    dict(n_iter=100, momentum=0.99, power=1.0),
    dict(n_iter=32, momentum=0.99, power=1.2),
]


def lsd(a, b):
    w = torch.hann_window(NFFT)
    A = torch.stft(a, NFFT, HOP, NFFT, w, return_complex=True).abs().clamp(min=1e-5)
    B = torch.stft(b, NFFT, HOP, NFFT, w, return_complex=True).abs().clamp(min=1e-5)
    n = min(A.shape[1], B.shape[1])
    kmax = int(FMAX / (SR / NFFT))  # bins up to 8 kHz (the mel's range)
    d = (20 * torch.log10(A[:kmax, :n]) - 20 * torch.log10(B[:kmax, :n])) ** 2
    return float(d.mean(0).sqrt().mean())


def main():
    torch.set_num_threads(2)
    items = [it for it in torch.load(os.path.join(WORK, "data.pt")) if it["heldout"]]
    res = []
    for cfg in CONFIGS:
        voc = torch.jit.script(GriffinLim(mel_basis(), NFFT, HOP, WIN, **cfg))
        mcds, lsds, secs, audio = [], [], 0.0, 0.0
        for it in items:
            wav = it["wav"]
            mel = logmel(wav)
            t = time.time()
            y = voc(mel.T.unsqueeze(0))[0]
            secs += time.time() - t
            audio += y.shape[0] / SR
            mcds.append(mcd(logmel(y), mel))
            lsds.append(lsd(y, wav))
        r = dict(cfg, mcd_db=round(sum(mcds) / len(mcds), 3), lsd_db=round(sum(lsds) / len(lsds), 3),
                 rtf=round(secs / audio, 4))
        print(json.dumps(r), flush=True)
        res.append(r)
    best = min(res, key=lambda r: r["mcd_db"] + 0.0 * r["rtf"])
    # prefer the cheaper setting when within 0.05 dB of the best
    cands = [r for r in res if r["mcd_db"] <= best["mcd_db"] + 0.05]
    chosen = min(cands, key=lambda r: r["rtf"])
    out = dict(results=res, chosen=dict(n_iter=chosen["n_iter"], momentum=chosen["momentum"], power=chosen["power"]),
               n_utts=len(items))
    json.dump(out, open(os.path.join(WORK, "vocoder_select.json"), "w"), indent=1)
    print("chosen", out["chosen"])


if __name__ == "__main__":
    main()
