"""Objective evaluation of the exported zh-demo package (acoustic.pt + vocoder.pt as shipped).

1. Held-out syllables (every 23rd syllable, never seen in training, see prepare.py):
   * MCD (dB) of the acoustic model's mel and of the re-analysed vocoder output against the
     recording (DTW; c1..c24 of the orthonormal DCT of the natural-log mel), next to the
     vocoder's copy-synthesis MCD (recording -> mel -> vocoder -> mel) as the floor;
   * tone check: F0 of the synthesized audio (normalised-autocorrelation tracker, common.py),
     voiced frames of the final, semitones re the speaker's median F0, resampled to 5 points;
     classified by nearest tone template (mean 5-point contour of each tone over the *training*
     recordings, i.e. level + slope + shape).  The same classifier is run on the held-out
     recordings themselves to show how good the classifier is.
2. Whole sentences: peak level, clipped samples, longest internal pause, seconds per syllable,
   batch-vs-single consistency, control checks (duration / pitch / energy scale), a long input.
Writes EVAL.md (figures) and work/eval/*.wav.
usage: evaluate.py [--package DIR]
"""
import argparse
import json
import math
import os
import sys
import time

import torch
import torchaudio

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *  # noqa

WORK = os.path.join(HERE, "work")

SENTENCES = [
    "ni3 hao3 | huan1 ying2 | shi3 yong4 | zhe4 ge5 | yu3 yin1 | he2 cheng2 | xi4 tong3 .",
    "jin1 tian1 | tian1 qi4 | hen3 hao3 , wo3 men5 | qu4 | gong1 yuan2 | san4 bu4 | ba5 .",
    "zhong1 guo2 | you3 | hen3 duo1 | mei3 li4 de5 | di4 fang1 .",
    "qing3 wen4 , huo3 che1 zhan4 | zai4 | na3 li3 ?",
    "yi1 | er4 | san1 | si4 | wu3 | liu4 | qi1 | ba1 | jiu3 | shi2 .",
    "ta1 | xi3 huan5 | chi1 | xiao3 long2 bao1 , ye3 | xi3 huan5 | he1 | lv4 cha2 .",
]


def load_props(path):
    props = {}
    for line in open(path, encoding="utf-8"):
        line = line.strip()
        if line and not line.startswith("#") and "=" in line:
            k, v = line.split("=", 1)
            props[k.strip()] = v.strip()
    return props


def contour5(f0, a, b):
    """5-point semitone contour (re 1 Hz; caller subtracts the reference) of voiced frames in [a,b)."""
    seg = f0[a:b]
    v = seg[seg > 0]
    if v.numel() < 3:
        return None
    st = 12 * torch.log2(v)
    # drop 10 % at each end (onset/offset perturbations)
    n = st.numel()
    lo, hi = int(0.1 * n), max(int(0.1 * n) + 3, n - int(0.1 * n))
    st = st[lo:hi]
    x = torch.linspace(0, st.numel() - 1, 5)
    i0 = x.floor().long().clamp(max=st.numel() - 1)
    i1 = (i0 + 1).clamp(max=st.numel() - 1)
    w = x - i0.float()
    return st[i0] * (1 - w) + st[i1] * w


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--package", default=HERE)
    args = ap.parse_args()
    torch.set_num_threads(2)
    os.makedirs(os.path.join(WORK, "eval"), exist_ok=True)
    props = load_props(os.path.join(args.package, "voice.properties"))
    ac = torch.jit.load(os.path.join(args.package, props["model.acoustic"]))
    voc = torch.jit.load(os.path.join(args.package, props["model.vocoder"]))
    spk_name = props["speakers"].split()[0]
    spk = torch.tensor([float(x) for x in props["speaker." + spk_name].split(",")]).view(1, -1)
    meta = json.load(open(os.path.join(WORK, "meta.json")))
    ref_st = 12 * math.log2(meta["f0_median_hz"])
    items = torch.load(os.path.join(WORK, "data.pt"))
    held = [it for it in items if it["heldout"]]
    train_orig = [it for it in items if not it["heldout"] and it["variant"] == "orig" and "borrowed" not in it]
    one = torch.ones(1, 3)

    # ---- tone templates from training recordings ----
    def rec_contour(it):
        f0, _ = f0_track(it["wav"]) if it.get("wav") is not None else (None, None)
        if f0 is None:
            return None
        a = it["durs"][0] if len(it["durs"]) == 2 else 0
        c = contour5(f0, a, len(f0))
        return None if c is None else c - ref_st

    tmpl = {}
    for tone in (1, 2, 3, 4):
        cs = [rec_contour(it) for it in train_orig if it["tone"] == tone]
        cs = [c for c in cs if c is not None]
        tmpl[tone] = torch.stack(cs).mean(0)

    def classify(c):
        return min(tmpl, key=lambda t: float(((c - tmpl[t]) ** 2).sum()))

    # ---- held-out syllables ----
    rows = []
    with torch.no_grad():
        for it in held:
            P = [PHONE_ID["_"]] + [PHONE_ID[p] for p in it["phones"]] + [PHONE_ID["_"]]
            T = [tone_id(0)] + [tone_id(0) if p in CONSONANTS else tone_id(it["tone"]) for p in it["phones"]] + [tone_id(0)]
            B = [B_NONE] + [B_NONE] * (len(it["phones"]) - 1) + [B_SENT, B_SENT]
            mel, durs = ac(torch.tensor([P]), torch.tensor([T]), torch.tensor([B]), spk, one)
            wav = voc(mel)[0]
            d = durs[0].tolist()
            a, b = d[0], d[0] + sum(d[1:-1])
            mel_s = mel[0, :, a:b].T
            wav_s = wav[a * HOP:b * HOP]
            ref = it["mel"].float()
            m_ac = mcd(mel_s, ref)
            m_voc = mcd(logmel(wav_s), ref)
            m_copy = mcd(logmel(voc(ref.T.unsqueeze(0))[0]), ref)
            f0, _ = f0_track(wav_s)
            ini = d[1] if len(it["phones"]) == 2 else 0
            c = contour5(f0, ini, len(f0))
            pred = classify(c - ref_st) if c is not None else None
            rc = rec_contour(it)
            rpred = classify(rc) if rc is not None else None
            rows.append(dict(key=it["key"], tone=it["tone"], mcd_ac=m_ac, mcd_voc=m_voc, mcd_copy=m_copy,
                             syn_tone=pred, rec_tone=rpred, syn_frames=b - a, rec_frames=ref.shape[0],
                             contour=None if c is None else [round(x, 1) for x in (c - ref_st).tolist()]))
            if len(rows) <= 6:
                torchaudio.save(os.path.join(WORK, "eval", "held_%s.wav" % it["key"]), wav.view(1, -1), SR)
    mean = lambda k, rs: sum(r[k] for r in rs) / len(rs)
    toned = [r for r in rows if r["tone"] in (1, 2, 3, 4)]
    syn_ok = sum(r["syn_tone"] == r["tone"] for r in toned)
    rec_ok = sum(r["rec_tone"] == r["tone"] for r in toned)
    conf = {t: {u: 0 for u in (1, 2, 3, 4, None)} for t in (1, 2, 3, 4)}
    for r in toned:
        conf[r["tone"]][r["syn_tone"]] += 1
    dur_ratio = sum(r["syn_frames"] for r in rows) / sum(r["rec_frames"] for r in rows)

    # ---- whole sentences ----
    sent_rows = []
    single_outputs = []
    with torch.no_grad():
        for k, s in enumerate(SENTENCES):
            P, T, B = sentence_ids(s.replace("?", "."))
            t0 = time.time()
            mel, durs = ac(torch.tensor([P]), torch.tensor([T]), torch.tensor([B]), spk, one)
            wav = voc(mel)[0]
            cold = time.time() - t0
            t0 = time.time()  # second run of the same shape (TorchScript optimises per new shape)
            mel, durs = ac(torch.tensor([P]), torch.tensor([T]), torch.tensor([B]), spk, one)
            wav = voc(mel)[0]
            el = time.time() - t0
            single_outputs.append((mel, durs))
            torchaudio.save(os.path.join(WORK, "eval", "sent%d.wav" % k), wav.view(1, -1), SR)
            nsyl = sum(1 for x in s.split() if x not in "|,.?")
            fr = wav[: wav.numel() // HOP * HOP].view(-1, HOP)
            db = 20 * torch.log10(fr.pow(2).mean(1).sqrt() + 1e-9)
            act = (db > db.max() - 40).tolist()
            first = act.index(True); last = len(act) - 1 - act[::-1].index(True)
            run = best = 0
            for x in act[first:last + 1]:
                run = 0 if x else run + 1
                best = max(best, run)
            sent_rows.append(dict(text=s, syllables=nsyl, seconds=wav.numel() / SR,
                                  sec_per_syl=(last - first + 1) * HOP / SR / nsyl,
                                  peak=float(wav.abs().max()), clipped=int((wav.abs() >= 0.999).sum()),
                                  longest_pause=best * HOP / SR, rtf=el / (wav.numel() / SR),
                                  rtf_cold=cold / (wav.numel() / SR)))
        # batch of all sentences (padding) must equal the single runs
        ids = [sentence_ids(s.replace("?", ".")) for s in SENTENCES]
        n = max(len(x[0]) for x in ids)
        pad = lambda a: a + [0] * (n - len(a))
        Pb = torch.tensor([pad(x[0]) for x in ids]); Tb = torch.tensor([pad(x[1]) for x in ids])
        Bb = torch.tensor([pad(x[2]) for x in ids])
        melb, dursb = ac(Pb, Tb, Bb, spk.expand(len(ids), -1), one.expand(len(ids), -1))
        wavb = voc(melb)
        batch_dev = 0.0
        for i, (m1, d1) in enumerate(single_outputs):
            Ti = m1.shape[2]
            assert torch.equal(dursb[i, :d1.shape[1]], d1[0]) and int(dursb[i, d1.shape[1]:].sum()) == 0
            batch_dev = max(batch_dev, float((melb[i, :, :Ti] - m1[0]).abs().max()))
        # controls
        P, T, B = ids[0]
        x = (torch.tensor([P]), torch.tensor([T]), torch.tensor([B]), spk)
        base_mel, base_d = ac(*x, one)
        base_wav = voc(base_mel)[0]
        med = lambda w: float(f0_track(w)[0][f0_track(w)[0] > 0].median())
        rms = lambda w: float(w.pow(2).mean().sqrt())
        ctl = {}
        m2, d2 = ac(*x, torch.tensor([[2.0, 1.0, 1.0]]))
        ctl["duration x2.0 -> frames ratio"] = float(d2.sum()) / float(base_d.sum())
        m3, _ = ac(*x, torch.tensor([[1.0, 1.2, 1.0]]))
        ctl["pitch x1.2 -> median F0 ratio"] = med(voc(m3)[0]) / med(base_wav)
        m4, _ = ac(*x, torch.tensor([[1.0, 0.8, 1.0]]))
        ctl["pitch x0.8 -> median F0 ratio"] = med(voc(m4)[0]) / med(base_wav)
        m5, _ = ac(*x, torch.tensor([[1.0, 1.0, 0.5]]))
        ctl["energy x0.5 -> RMS ratio"] = rms(voc(m5)[0]) / rms(base_wav)
        # long input: ~300 phones
        longtxt = " ".join([SENTENCES[i % len(SENTENCES)] for i in range(6)] * 2).replace("?", ".")
        Pl, Tl, Bl = sentence_ids(longtxt.replace(" .", " ,"))
        ml, dl = ac(torch.tensor([Pl]), torch.tensor([Tl]), torch.tensor([Bl]), spk, one)
        wl = voc(ml)[0]
        t0 = time.time()
        ml, dl = ac(torch.tensor([Pl]), torch.tensor([Tl]), torch.tensor([Bl]), spk, one)
        wl = voc(ml)[0]
        long_el = time.time() - t0
        long_info = dict(phones=len(Pl), seconds=wl.numel() / SR, peak=float(wl.abs().max()),
                         finite=bool(torch.isfinite(wl).all()), rtf=long_el / (wl.numel() / SR))

    # ---- report ----
    L = []
    L.append("# zh-demo evaluation\n")
    L.append("Produced by `/usr/bin/python3 voices/zh-demo/evaluate.py` on the exported package "
             "(`acoustic.pt`, `vocoder.pt`, loaded with `torch.jit.load`), speaker `%s`, controls 1/1/1, "
             "2 CPU threads.\n" % spk_name)
    L.append("## Held-out syllables (%d, never used in training)\n" % len(rows))
    L.append("| figure | value |\n|---|---|")
    L.append("| MCD acoustic mel vs recording (dB) | %.2f |" % mean("mcd_ac", rows))
    L.append("| MCD vocoded audio (re-analysed) vs recording (dB) | %.2f |" % mean("mcd_voc", rows))
    L.append("| MCD vocoder copy-synthesis of the recording (floor, dB) | %.2f |" % mean("mcd_copy", rows))
    L.append("| tone agreement, synthesized (tones 1-4, n=%d) | **%.1f %%** (%d/%d) |" % (
        len(toned), 100.0 * syn_ok / len(toned), syn_ok, len(toned)))
    L.append("| same classifier on the held-out recordings | %.1f %% (%d/%d) |" % (
        100.0 * rec_ok / len(toned), rec_ok, len(toned)))
    L.append("| synthesized / recorded syllable length | %.2f |" % dur_ratio)
    L.append("")
    L.append("MCD: DTW-aligned; cepstrum c1..c24 of the 80-band natural-log mel with real-cepstrum scaling "
             "(`c_k = 1/80 * sum_m L_m cos(pi k (m+.5)/80)`), `10/ln10 * sqrt(2 * sum dc^2)` averaged over the "
             "aligned frames.  It is computed on the 0-8 kHz mel, so it is not directly comparable with "
             "SPTK-mcep MCD figures in papers; the copy-synthesis row is the floor set by the vocoder.\n")
    L.append("Tone confusion (rows: intended, columns: classified from the synthesized F0):\n")
    L.append("| intended | 1 | 2 | 3 | 4 | no F0 |\n|---|---|---|---|---|---|")
    for t in (1, 2, 3, 4):
        L.append("| %d | %s |" % (t, " | ".join(str(conf[t][u]) for u in (1, 2, 3, 4, None))))
    L.append("")
    L.append("Tone templates (semitones re %.0f Hz, 5 points over the final, from training recordings): %s\n" % (
        meta["f0_median_hz"], "; ".join("T%d %s" % (t, [round(x, 1) for x in tmpl[t].tolist()]) for t in tmpl)))
    bad = [r for r in toned if r["syn_tone"] != r["tone"]]
    if bad:
        L.append("Misclassified: " + ", ".join("%s->%s %s" % (r["key"], r["syn_tone"], r["contour"]) for r in bad) + "\n")
    L.append("## Whole sentences\n")
    L.append("| sentence (pinyin, `/` word, `,` phrase) | syl | s | s/syl | peak | clipped | longest pause s | RTF warm (cold) |")
    L.append("|---|---|---|---|---|---|---|---|")
    for r in sent_rows:
        L.append("| %s | %d | %.2f | %.3f | %.3f | %d | %.3f | %.3f (%.2f) |" % (
            r["text"].replace("|", "/"), r["syllables"], r["seconds"], r["sec_per_syl"], r["peak"], r["clipped"],
            r["longest_pause"], r["rtf"], r["rtf_cold"]))
    L.append("")
    L.append("RTF = compute seconds / audio seconds for acoustic model + vocoder on this shared 2-core machine "
             "(other jobs were running); cold = first call with that input shape.\n")
    L.append("Pause = run of frames more than 40 dB below the sentence peak, between the first and last active frame "
             "(phrase breaks `,` are meant to give a short pause).\n")
    L.append("Batch of %d padded sentences vs single runs: durations identical, pads got 0 frames, "
             "max |mel difference| = %.2e.\n" % (len(ids), batch_dev))
    L.append("Controls (first sentence): " + "; ".join("%s = %.2f" % (k, v) for k, v in ctl.items()) + ".\n")
    L.append("Long input: %d phones -> %.1f s audio, peak %.3f, finite=%s, RTF (warm) %.3f.\n" % (
        long_info["phones"], long_info["seconds"], long_info["peak"], long_info["finite"], long_info["rtf"]))
    vs = os.path.join(WORK, "vocoder_select.json")
    if os.path.exists(vs):
        v = json.load(open(vs))
        L.append("## Vocoder selection (copy synthesis of the %d held-out recordings, `vocoder_select.py`)\n" % v["n_utts"])
        L.append("| Griffin-Lim iterations | momentum | magnitude power | MCD dB | LSD 0-8 kHz dB | RTF |\n|---|---|---|---|---|---|")
        for r in v["results"]:
            L.append("| %d | %.2f | %.1f | %.2f | %.2f | %.3f |" % (r["n_iter"], r["momentum"], r["power"], r["mcd_db"],
                                                                  r["lsd_db"], r["rtf"]))
        L.append("\nChosen: %s.\n" % json.dumps(v["chosen"]))
    text = "\n".join(L) + "\n"
    with open(os.path.join(HERE, "EVAL.md"), "w", encoding="utf-8") as f:
        f.write(text)
    print(text)
    json.dump(dict(rows=rows, sentences=sent_rows, controls=ctl, long=long_info),
              open(os.path.join(WORK, "eval", "eval.json"), "w"), indent=1, ensure_ascii=False)


if __name__ == "__main__":
    main()
