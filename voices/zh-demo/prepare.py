"""Data preparation for zh-demo.

gcin-voice speaker 5 (5.ogg, CC-BY-3.0) -> decode, resample 44.1k -> 22.05 kHz, trim leading/
trailing silence (frames < peak - 30 dB), loudness-normalise (RMS of the active frames to
-20 dBFS, peak <= 0.95), augment (tempo 0.9 / 1.1 keeping pitch; pitch +-2 semitones, which
with sox also moves the formants, so those copies are labelled as two pseudo-speakers),
80-band log-mel (hop 256, fft/win 1024, 0-8 kHz), frame F0 / energy, per-phone durations.

Duration heuristic (initial/final split), documented in README.md:
  * syllables without an initial: the final gets every frame;
  * voiceless initials (b p f d t g k h j q x zh ch sh z c s): boundary = first frame of the first
    run of >= 3 voiced frames (normalised autocorrelation > 0.5), i.e. voice onset;
  * voiced initials (m n l r): boundary = frame of maximal positive spectral flux (sum of
    positive log-mel differences, 0-4 kHz bands) between frame 2 and 45 % of the syllable,
    i.e. the nasal/lateral release into the vowel;
  * the initial is clamped to [1, 60 %] of the frames (at least 2 frames left for the final).
Phones with no speaker-5 recording get "borrowed" items: `ee` = last 55 % of an `ie` syllable,
erhua coda `rr` = `<final> rr` made of a syllable followed by the last 40 % of an `er` syllable.

Writes work/data.pt (list of items) and work/meta.json.
"""
import json
import os
import random
import sys
import time

import torch
import torchaudio

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa

OGG = "/usr/share/gcin/ogg"
SPEAKER_FILE = "5.ogg"
WORK = os.path.join(HERE, "work")
HOLDOUT_EVERY = 23  # every 23rd syllable (sorted) is held out from training


def load(path):
    wav, sr = torchaudio.load(path)
    wav = wav.mean(dim=0)
    return torchaudio.functional.resample(wav, sr, SR)


def trim_norm(wav):
    fr = 256
    n = wav.shape[0] // fr
    if n < 4:
        return None
    e = wav[: n * fr].view(n, fr).pow(2).mean(1).sqrt()
    db = 20 * torch.log10(e + 1e-9)
    act = torch.nonzero(db > db.max() - 30).view(-1)
    a = max(0, int(act[0]) * fr - 256)
    b = min(wav.shape[0], (int(act[-1]) + 1) * fr + 256)
    w = wav[a:b]
    rms = e[act].pow(2).mean().sqrt()
    w = w * (0.1 / (rms + 1e-9))  # -20 dBFS active RMS
    pk = w.abs().max()
    if pk > 0.95:
        w = w * (0.95 / pk)
    L = (w.shape[0] // HOP) * HOP
    return w[:L]


def augment(wav, kind):
    if kind == "orig":
        return wav
    eff = {"tempo09": [["tempo", "-s", "0.9"]], "tempo11": [["tempo", "-s", "1.1"]],
           "pitch+2": [["pitch", "200"], ["rate", str(SR)]],
           "pitch-2": [["pitch", "-200"], ["rate", str(SR)]]}[kind]
    out, sr = torchaudio.sox_effects.apply_effects_tensor(wav.view(1, -1), SR, eff)
    out = out[0]
    pk = out.abs().max()
    if pk > 0.95:
        out = out * (0.95 / pk)
    return out[: (out.shape[0] // HOP) * HOP]


VARIANTS = [("orig", 0), ("tempo09", 0), ("tempo11", 0), ("pitch+2", 1), ("pitch-2", 2)]
SPEAKERS = ["chu", "chu-high", "chu-low"]


def split_initial(init, mel, f0):
    T = mel.shape[0]
    if init is None:
        return 0
    if init in ("m", "n", "l", "r"):
        hi = max(3, int(0.45 * T))
        d = (mel[1:, :50] - mel[:-1, :50]).clamp(min=0).sum(1)  # flux at frame t+1
        seg = d[1:hi]
        k = int(seg.argmax()) + 2 if seg.numel() > 0 else 2
    else:
        v = (f0 > 0).int().tolist()
        k = None
        for t in range(T - 2):
            if v[t] and v[t + 1] and v[t + 2]:
                k = t
                break
        if k is None:
            k = int(0.3 * T)
    return int(max(1, min(k, int(0.6 * T), T - 2)))


def features(wav):
    mel = logmel(wav)
    f0, per = f0_track(wav)
    T = mel.shape[0]
    f0 = f0[:T]
    lf0, voiced = interp_lf0(f0)
    energy = torch.log(torch.exp(mel).pow(2).sum(1).sqrt() + 1e-5)
    return mel, f0, lf0, voiced, energy


def main():
    t0 = time.time()
    torch.manual_seed(1)
    random.seed(1)
    os.makedirs(WORK, exist_ok=True)
    names = sorted(os.listdir(OGG))
    sylls = []
    for nm in names:
        p = os.path.join(OGG, nm, SPEAKER_FILE)
        r = bopomofo_to_phones(nm)
        if r is None or not os.path.exists(p):
            continue
        sylls.append((nm, p) + r)
    held = set(s[4] for k, s in enumerate(sylls) if k % HOLDOUT_EVERY == HOLDOUT_EVERY // 2)
    items = []
    base_wavs = {}
    for nm, path, phones, tone, key in sylls:
        wav = trim_norm(load(path))
        if wav is None:
            continue
        base_wavs[key] = wav
        for kind, spk in VARIANTS:
            if key in held and kind != "orig":
                continue
            w = augment(wav, kind)
            mel, f0, lf0, voiced, energy = features(w)
            T = mel.shape[0]
            if T < 4:
                continue
            init = phones[0] if len(phones) == 2 else None
            k = split_initial(init, mel, f0)
            durs = ([k] if init else []) + [T - k]
            items.append(dict(key=key, bpmf=nm, variant=kind, speaker=spk, phones=phones, tone=tone,
                              durs=durs, mel=mel.half(), lf0=lf0, voiced=voiced, energy=energy,
                              heldout=key in held, wav=(w.clone() if kind == "orig" else None)))
    # borrowed items for phones without a speaker-5 recording (ee, rr)
    by_key = {}
    for it in items:
        if not it["heldout"]:
            by_key.setdefault((it["phones"][-1], it["variant"]), []).append(it)
    extra = []
    for (fin, var), lst in sorted(by_key.items(), key=lambda x: str(x[0])):
        if fin == "ie":
            for it in lst:
                T = it["mel"].shape[0]
                a = int(0.45 * T)
                sl = slice(a, T)
                extra.append(dict(it, key="ee%d" % it["tone"], phones=["ee"], durs=[T - a],
                                  mel=it["mel"][sl], lf0=it["lf0"][sl], voiced=it["voiced"][sl],
                                  energy=it["energy"][sl], wav=None, borrowed=True))
    ers = {(it["tone"], it["variant"]): it for it in items if it["phones"] == ["er"] and not it["heldout"]}
    rng = random.Random(3)
    pool = [it for it in items if not it["heldout"] and it["tone"] in (1, 2, 3, 4) and "borrowed" not in it]
    for it in rng.sample(pool, min(300, len(pool))):
        er = ers.get((it["tone"], it["variant"])) or ers.get((4, it["variant"]))
        if er is None:
            continue
        T2 = er["mel"].shape[0]
        a = int(0.6 * T2)
        sl = slice(a, T2)
        cat = lambda k: torch.cat([it[k], er[k][sl]], 0)
        extra.append(dict(it, key=it["key"] + "r", phones=it["phones"] + ["rr"], durs=it["durs"] + [T2 - a],
                          mel=cat("mel"), lf0=cat("lf0"), voiced=cat("voiced"), energy=cat("energy"),
                          wav=None, borrowed=True))
    items += extra
    # normalisation statistics (training items only)
    tr = [it for it in items if not it["heldout"]]
    lf = torch.cat([it["lf0"][it["voiced"]] for it in tr])
    en = torch.cat([it["energy"] for it in tr])
    allmel = torch.cat([it["mel"].float() for it in tr])
    f0_orig = torch.cat([it["lf0"][it["voiced"]] for it in tr if it["variant"] == "orig"]).exp()
    meta = dict(lf0_mean=float(lf.mean()), lf0_std=float(lf.std()), energy_mean=float(en.mean()),
                energy_std=float(en.std()), mel_mean=float(allmel.mean()), mel_min=float(allmel.min()),
                f0_median_hz=float(f0_orig.median()), n_items=len(items), n_train=len(tr),
                n_syllables=len(base_wavs), heldout=sorted(held), speakers=SPEAKERS,
                total_frames=int(sum(it["mel"].shape[0] for it in tr)), prep_seconds=time.time() - t0)
    torch.save(items, os.path.join(WORK, "data.pt"))
    with open(os.path.join(WORK, "meta.json"), "w") as f:
        json.dump(meta, f, indent=1, ensure_ascii=False)
    print(json.dumps({k: v for k, v in meta.items() if k != "heldout"}, ensure_ascii=False))
    print("held out", len(held), "syllables")


if __name__ == "__main__":
    torch.set_num_threads(2)
    main()
