"""Train the zh-demo acoustic model on work/data.pt (see prepare.py).

Training examples are built on the fly: a single syllable (35 %) or 2-6 syllables of the same
augmentation variant concatenated, with random syllable/word/phrase boundaries between them,
a '_' phone of 4-20 silent frames after each phrase boundary and optional leading/trailing '_'
phones, so the model learns sequences, boundaries and silences although the recordings are
isolated syllables.  Fixed seeds; at most --steps steps and --max-minutes of wall clock; the
cosine learning-rate decay follows whichever of the two is further along.

usage: train.py [--steps N] [--max-minutes M]
"""
import argparse
import json
import math
import os
import random
import sys
import time

import torch
import torch.nn.functional as F

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa
from model import Acoustic

WORK = os.path.join(HERE, "work")
SIL_ENERGY = math.log(math.sqrt(NMELS) * LOG_FLOOR + 1e-5)


def build_model(meta):
    return Acoustic(len(PHONES), len(TONES), len(BOUNDARIES), E_SIZE, d=160, n_enc=4, n_dec=4, n_mels=NMELS,
                    lf0_mean=meta["lf0_mean"], lf0_std=meta["lf0_std"], en_mean=meta["energy_mean"],
                    en_std=meta["energy_std"], sil_mel=SIL_MEL)


class Batcher:
    def __init__(self, items, meta, rng):
        self.rng = rng
        self.meta = meta
        self.by_var = {}
        for it in items:
            self.by_var.setdefault(it["variant"], []).append(it)
        self.vars = sorted(self.by_var)
        self.weights = [len(self.by_var[v]) for v in self.vars]

    def sequence(self):
        r = self.rng
        var = r.choices(self.vars, self.weights)[0]
        pool = self.by_var[var]
        n = 1 if r.random() < 0.35 else r.randint(2, 6)
        sy = [r.choice(pool) for _ in range(n)]
        P, Tn, B, D = [], [], [], []
        mels, lf0s, vs, ens = [], [], [], []

        def sil(nf, b):
            P.append(PHONE_ID["_"]); Tn.append(tone_id(0)); B.append(b); D.append(nf)
            mels.append(torch.full((nf, NMELS), SIL_MEL))
            lf0s.append(torch.full((nf,), float("nan")))
            vs.append(torch.zeros(nf, dtype=torch.bool))
            ens.append(torch.full((nf,), SIL_ENERGY))

        if r.random() < 0.5:
            sil(r.randint(2, 12), B_NONE)
        trailing = r.random() < 0.6
        for k, it in enumerate(sy):
            last = k == n - 1
            if last:
                b = B_SENT if (trailing or r.random() < 0.6) else r.choice([B_WORD, B_PHRASE])
            else:
                b = r.choices([B_SYL, B_WORD, B_PHRASE], [0.5, 0.3, 0.2])[0]
            for j, p in enumerate(it["phones"]):
                P.append(PHONE_ID[p])
                Tn.append(tone_id(0) if p in CONSONANTS else tone_id(it["tone"]))
                is_last_ph = j == len(it["phones"]) - 1
                B.append(b if is_last_ph else B_NONE)
                D.append(it["durs"][j])
            mels.append(it["mel"].float()); lf0s.append(it["lf0"]); vs.append(it["voiced"]); ens.append(it["energy"])
            if (b == B_PHRASE and not last) or (last and trailing):
                sil(r.randint(4, 20), b)
        mel = torch.cat(mels)
        lf0 = torch.cat(lf0s)
        # silences: hold neighbouring log-F0 (interpolate NaNs)
        nan = torch.isnan(lf0)
        if nan.any():
            idx = torch.arange(len(lf0))
            good = idx[~nan]
            nearest = good[(idx.view(-1, 1) - good.view(1, -1)).abs().argmin(1)]
            lf0 = lf0[nearest]
        return dict(P=P, T=Tn, B=B, D=D, mel=mel, lf0=lf0, v=torch.cat(vs), en=torch.cat(ens),
                    spk=sy[0]["speaker"])

    def batch(self, bs):
        # length bucketing: make 8 batches' worth of sequences, sort by length, hand out one
        # batch of neighbours at a time (random order) -> little padding
        if not getattr(self, "queue", None):
            pool = sorted((self.sequence() for _ in range(8 * bs)), key=lambda s: s["mel"].shape[0])
            self.queue = [pool[i * bs:(i + 1) * bs] for i in range(8)]
            self.rng.shuffle(self.queue)
        return self.collate(self.queue.pop())

    def collate(self, seqs):
        bs = len(seqs)
        N = max(len(s["P"]) for s in seqs)
        T = max(s["mel"].shape[0] for s in seqs)
        out = dict(P=torch.zeros(bs, N, dtype=torch.long), T=torch.zeros(bs, N, dtype=torch.long),
                   B=torch.zeros(bs, N, dtype=torch.long), D=torch.zeros(bs, N, dtype=torch.long),
                   mel=torch.full((bs, NMELS, T), SIL_MEL), lf0=torch.zeros(bs, T), v=torch.zeros(bs, T),
                   en=torch.zeros(bs, T), spk=torch.zeros(bs, dtype=torch.long))
        for i, s in enumerate(seqs):
            n, t = len(s["P"]), s["mel"].shape[0]
            assert sum(s["D"]) == t
            out["P"][i, :n] = torch.tensor(s["P"]); out["T"][i, :n] = torch.tensor(s["T"])
            out["B"][i, :n] = torch.tensor(s["B"]); out["D"][i, :n] = torch.tensor(s["D"])
            out["mel"][i, :, :t] = s["mel"].T
            out["lf0"][i, :t] = (s["lf0"] - self.meta["lf0_mean"]) / self.meta["lf0_std"]
            out["v"][i, :t] = s["v"].float()
            out["en"][i, :t] = (s["en"] - self.meta["energy_mean"]) / self.meta["energy_std"]
            out["spk"][i] = s["spk"]
        return out


SPK_INDEX = {}


def loss_fn(model, spk_table, b):
    spk = spk_table(b["spk"])
    x, mask, logd, spkn = model.encode(b["P"], b["T"], b["B"], spk)
    T = b["mel"].shape[2]
    h, fmask, feats = model.regulate(x, b["D"], T)
    h, pp, pe = model.decode(h, fmask, feats, b["lf0"], b["en"], spkn)
    mel = model.finish(h, fmask, b["lf0"] * fmask.squeeze(1), b["en"] * fmask.squeeze(1), spkn)
    fm = fmask  # [B,1,T]
    nfr = fm.sum()
    l_mel = ((mel - b["mel"]).abs() * fm).sum() / (nfr * NMELS)
    pm = mask.squeeze(1)
    l_dur = (((logd - torch.log1p(b["D"].float())) ** 2) * pm).sum() / pm.sum()
    fw = fm.squeeze(1) * (0.3 + 0.7 * b["v"])
    l_p = (((pp - b["lf0"]) ** 2) * fw).sum() / fw.sum()
    l_e = (((pe - b["en"]) ** 2) * fm.squeeze(1)).sum() / nfr
    return l_mel, l_dur, l_p, l_e


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--steps", type=int, default=8000)
    ap.add_argument("--batch", type=int, default=16)
    ap.add_argument("--max-minutes", type=float, default=35.0)
    ap.add_argument("--lr", type=float, default=2e-3)
    ap.add_argument("--out", default=os.path.join(WORK, "acoustic_ckpt.pt"))
    args = ap.parse_args()
    torch.set_num_threads(2)
    torch.manual_seed(1234)
    rng = random.Random(1234)
    meta = json.load(open(os.path.join(WORK, "meta.json")))
    for i, s in enumerate(meta["speakers"]):
        SPK_INDEX[s] = i
    items = [it for it in torch.load(os.path.join(WORK, "data.pt")) if not it["heldout"]]
    model = build_model(meta)
    spk_table = torch.nn.Embedding(len(meta["speakers"]), E_SIZE)
    nparam = sum(p.numel() for p in model.parameters())
    print("params", nparam, flush=True)
    params = list(model.parameters()) + list(spk_table.parameters())
    opt = torch.optim.AdamW(params, lr=args.lr, betas=(0.9, 0.98), weight_decay=1e-6)
    batcher = Batcher(items, meta, rng)
    t0 = time.time()
    warm = 150
    log = []
    model.train()
    step = 0
    for step in range(1, args.steps + 1):
        # schedule progress: steps or wall-clock, whichever is further (so the cosine decay always
        # completes inside the time cap on a busy machine)
        frac = min(1.0, max(step / args.steps, (time.time() - t0) / (args.max_minutes * 60)))
        lr = args.lr * min(1.0, step / warm) * (0.05 + 0.95 * 0.5 * (1 + math.cos(math.pi * frac)))
        for g in opt.param_groups:
            g["lr"] = lr
        b = batcher.batch(args.batch)
        l_mel, l_dur, l_p, l_e = loss_fn(model, spk_table, b)
        loss = l_mel + 0.5 * l_dur + 0.2 * l_p + 0.1 * l_e
        opt.zero_grad()
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        el = time.time() - t0
        if step % 25 == 0 or step == 1:
            rec = dict(step=step, sec=round(el, 1), lr=round(lr, 6), mel=round(l_mel.item(), 4),
                       dur=round(l_dur.item(), 4), pitch=round(l_p.item(), 4), energy=round(l_e.item(), 4))
            log.append(rec)
            print(json.dumps(rec), flush=True)
        if step % 200 == 0:
            save(model, spk_table, meta, args.out, step, el, log)
        if el > args.max_minutes * 60:
            print("wall-clock cap reached at step", step, flush=True)
            break
    save(model, spk_table, meta, args.out, step, time.time() - t0, log)
    print("done", step, "steps", round(time.time() - t0, 1), "s", flush=True)


def save(model, spk_table, meta, path, step, el, log):
    emb = F.normalize(spk_table.weight.detach(), dim=1)
    torch.save(dict(model=model.state_dict(), spk=emb, speakers=meta["speakers"], step=step,
                    train_seconds=el, log=log), path + ".tmp")
    os.replace(path + ".tmp", path)


if __name__ == "__main__":
    main()
