#!/usr/bin/python3
"""Neural context model for polyphone disambiguation (run by plain Java: PolyphoneNet).

Input: the export of PolyphoneTrainer --export (one example a line: fold, sentence, index, char,
gold, lexicon candidates, every candidate with its evidence features, out-of-fold perceptron
scores of the run-time candidates).

Model: character embeddings over a +-W window -> 1-D convolution (ReLU) -> [centre, max-pool] ->
score(y) = out[y] . h + bias[y] + pair[char|y] + evidence weights of y. Softmax over the
candidates. Combined with the perceptron at run time: perceptron score + LAMBDA * log p(y).

  train_polyphone_nn.py EXPORT --cv            out-of-fold accuracy, perceptron alone and combined
  train_polyphone_nn.py EXPORT --out FILE      train on every row, write the weights for Java

Deterministic on CPU (fixed seeds, one thread).
"""
import argparse
import collections
import math
import random
import struct
import sys

import numpy as np
import torch

W = 5
DIM = 32
HID = 64
EPOCHS = 12
SEEDS = 1
AUG_WEIGHT = 30
HANLP_WORDS = 0
HANLP_JAR = "/root/.m2/repository/com/hankcs/hanlp/portable-1.8.4/hanlp-portable-*.jar"
LAMBDA = 200  # run-time weight of log p(y) next to the perceptron score, in hundredths
WORDS = "lang-zh/src/main/resources/marytts/language/zh/pinyin/words.txt"
torch.set_num_threads(1)


def read(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            c = line.rstrip("\n").split("\t")
            ev = collections.OrderedDict()
            for part in c[6].split(";"):
                y, _, fs = part.partition(":")
                ev[y] = [x for x in fs.split(",") if x]
            perc = {}
            if len(c) > 7 and c[7] not in ("", "null"):
                for part in c[7].split(";"):
                    y, _, v = part.partition(":")
                    perc[y] = float(v)
            rows.append(dict(fold=int(c[0]), sent=c[1], idx=int(c[2]), ch=c[3], gold=c[4],
                             base=c[5].split(" ") if c[5] else [], ev=ev, perc=perc))
    return rows


def tokens(sent):
    return list(sent)  # one token per code point (Python str indexes code points)


class Vocab:
    def __init__(self, rows):
        cnt = collections.Counter()
        for r in rows:
            t = tokens(r["sent"])
            for k in range(max(0, r["idx"] - W), min(len(t), r["idx"] + W + 1)):
                cnt[t[k]] += 1
        self.chars = ["<pad>", "<unk>"] + sorted(c for c, n in cnt.items() if n >= 2)
        self.cid = {c: i for i, c in enumerate(self.chars)}
        ys, pairs, feats = set(), set(), set()
        for r in rows:
            for y, fs in r["ev"].items():
                ys.add(y)
                feats.update(fs)
            pairs.add(r["ch"] + "|" + r["gold"])
        self.ys = sorted(ys)
        self.yid = {y: i for i, y in enumerate(self.ys)}
        self.pairs = ["<none>"] + sorted(pairs)
        self.pid = {p: i for i, p in enumerate(self.pairs)}
        self.feats = sorted(feats)
        self.fid = {f: i for i, f in enumerate(self.feats)}

    def window(self, r):
        t = tokens(r["sent"])
        out = []
        for k in range(r["idx"] - W, r["idx"] + W + 1):
            out.append(0 if k < 0 or k >= len(t) else self.cid.get(t[k], 1))
        return out


class Net(torch.nn.Module):
    def __init__(self, v):
        super().__init__()
        self.emb = torch.nn.Embedding(len(v.chars), DIM, padding_idx=0)
        self.conv = torch.nn.Conv1d(DIM, HID, 3, padding=1)
        self.out = torch.nn.Embedding(len(v.ys), 2 * HID)
        self.ybias = torch.nn.Embedding(len(v.ys), 1)
        self.pair = torch.nn.Embedding(len(v.pairs), 1)
        self.evw = torch.nn.Linear(len(v.feats), 1, bias=False)
        self.drop = torch.nn.Dropout(0.25)
        for t in (self.out.weight, self.ybias.weight, self.pair.weight):
            torch.nn.init.zeros_(t)

    def forward(self, win, yids, pids, evs, mask):
        e = self.drop(self.emb(win)).transpose(1, 2)          # B D L
        h = torch.relu(self.conv(e))                            # B H L
        hc = torch.cat([h[:, :, W], h.max(dim=2).values], 1)   # B 2H
        hc = self.drop(hc)
        s = (self.out(yids) * hc.unsqueeze(1)).sum(2)           # B K
        s = s + self.ybias(yids).squeeze(2) + self.pair(pids).squeeze(2) + self.evw(evs).squeeze(2)
        return s.masked_fill(~mask, -1e9)


def candidates(r, labels):
    c = list(r["base"])
    for y in labels.get(r["ch"], ()):
        if y not in c:
            c.append(y)
    return c


def tensors(v, rows, cands):
    K = max(len(c) for c in cands)
    B = len(rows)
    win = torch.zeros(B, 2 * W + 1, dtype=torch.long)
    yids = torch.zeros(B, K, dtype=torch.long)
    pids = torch.zeros(B, K, dtype=torch.long)
    evs = torch.zeros(B, K, len(v.feats))
    mask = torch.zeros(B, K, dtype=torch.bool)
    gold = torch.full((B,), -1, dtype=torch.long)
    for b, (r, c) in enumerate(zip(rows, cands)):
        win[b] = torch.tensor(v.window(r))
        for k, y in enumerate(c):
            yids[b, k] = v.yid.get(y, 0)
            pids[b, k] = v.pid.get(r["ch"] + "|" + y, 0)
            for f in r["ev"].get(y, ()):
                if f in v.fid:
                    evs[b, k, v.fid[f]] = 1
            mask[b, k] = True
            if y == r["gold"]:
                gold[b] = k
    return win, yids, pids, evs, mask, gold


def labels_of(rows):
    lab = collections.OrderedDict()
    for r in rows:
        lab.setdefault(r["ch"], [])
        if r["gold"] not in lab[r["ch"]]:
            lab[r["ch"]].append(r["gold"])
    return lab


def lexicon_examples(words_txt, rows):
    """Lexicon words containing a character of the training data, labelled with the word's
    reading of it (no evidence features): extra context examples, weighted AUG_WEIGHT/100."""
    lab = labels_of(rows)
    out = []
    words = collections.OrderedDict()
    with open(words_txt, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#"):
                continue
            c = line.rstrip("\n").split("\t")
            words[c[0]] = c[1].split(" ")
    if HANLP_WORDS:
        import glob
        import zipfile
        jar = glob.glob(HANLP_JAR)[0]
        text = zipfile.ZipFile(jar).read("data/dictionary/pinyin/pinyin.txt").decode("utf-8")
        for line in text.split("\n"):
            w, eq, py = line.strip().partition("=")
            if eq and w not in words:
                words[w] = [x.strip().replace("u:", "v").replace("0", "5") for x in py.split(",")]
    for w, syl in words.items():
        if len(w) < 2 or len(syl) != len(w):
            continue
        for k, ch in enumerate(w):
            if ch in lab and len(lab[ch]) > 1 and syl[k] in lab[ch]:
                out.append(dict(fold=-1, sent=w, idx=k, ch=ch, gold=syl[k], base=[], ev={},
                                perc={}, aug=True))
    return out


def train(rows, seed=1):
    torch.manual_seed(seed)
    random.seed(seed)
    aug = lexicon_examples(WORDS, rows) if AUG_WEIGHT > 0 else []
    v = Vocab(rows + aug)
    lab = labels_of(rows)
    rows = rows + aug
    cands = [candidates(r, lab) for r in rows]
    win, yids, pids, evs, mask, gold = tensors(v, rows, cands)
    wt = torch.tensor([AUG_WEIGHT / 100 if r.get("aug") else 1.0 for r in rows])
    net = Net(v)
    opt = torch.optim.Adam(net.parameters(), lr=3e-3, weight_decay=1e-5)
    n = len(rows)
    for ep in range(EPOCHS):
        net.train()
        perm = torch.randperm(n)
        tot = 0.0
        for s in range(0, n, 32):
            ix = perm[s:s + 32]
            sc = net(win[ix], yids[ix], pids[ix], evs[ix], mask[ix])
            loss = (torch.nn.functional.cross_entropy(sc, gold[ix], reduction="none")
                    * wt[ix]).sum() / wt[ix].sum()
            opt.zero_grad()
            loss.backward()
            opt.step()
            tot += loss.item() * len(ix)
    net.eval()
    return net, v, lab


def logprobs(net, v, rows, cands):
    win, yids, pids, evs, mask, gold = tensors(v, rows, cands)
    with torch.no_grad():
        sc = net(win, yids, pids, evs, mask)
        return torch.log_softmax(sc, 1).numpy()


def cv(rows, lambdas):
    res = collections.defaultdict(int)
    n = 0
    for f in range(10):
        tr = [r for r in rows if r["fold"] != f]
        te = [r for r in rows if r["fold"] == f]
        cands = [list(r["perc"].keys()) for r in te]
        lp = None
        for seed in range(SEEDS):
            net, v, lab = train(tr, seed + 1)
            p = np.exp(logprobs(net, v, te, cands))
            lp = p if lp is None else lp + p
        lp = np.log(lp / SEEDS)
        fold_ok = collections.defaultdict(int)
        for b, r in enumerate(te):
            c = cands[b]
            for lam in lambdas:
                if lam < 0:
                    sc = [lp[b, k] for k in range(len(c))]
                elif lam >= 100:
                    # probability average with the perceptron softmax at temperature lam/100
                    ps = np.array([r["perc"][y] for y in c]) / (lam / 100)
                    ps = np.exp(ps - ps.max())
                    ps /= ps.sum()
                    sc = [ps[k] + math.exp(lp[b, k]) for k in range(len(c))]
                else:
                    sc = [r["perc"][y] + lam * lp[b, k] for k, y in enumerate(c)]
                y = c[int(np.argmax(sc))]
                fold_ok[lam] += y == r["gold"]
        for lam in lambdas:
            res[lam] += fold_ok[lam]
        n += len(te)
        print("fold %d: %s" % (f, " ".join("%g=%.4f" % (l, fold_ok[l] / len(te)) for l in lambdas)),
              flush=True)
    print("10-fold CV (lambda -1 = net alone, 0 = perceptron alone):")
    for lam in lambdas:
        print("  lambda=%g acc=%.4f" % (lam, res[lam] / n))


def write_model(net, v, path, fixture_path, rows):
    """Big-endian binary, gzip: magic, sizes, LAMBDA, vocabularies, then float32 tensors."""
    import gzip
    sd = {k: t.detach().numpy().astype(">f4") for k, t in net.state_dict().items()}
    # no file name or time in the gzip header: byte-identical output for the same training
    with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as f:
        f.write(b"PNN1")
        f.write(struct.pack(">iiif", W, DIM, HID, LAMBDA / 100))
        for voc in (v.chars, v.ys, v.pairs, v.feats):
            f.write(struct.pack(">i", len(voc)))
            for x in voc:
                b = x.encode("utf-8")
                f.write(struct.pack(">i", len(b)) + b)
        for k in ("emb.weight", "conv.weight", "conv.bias", "out.weight", "ybias.weight",
                  "pair.weight", "evw.weight"):
            f.write(sd[k].tobytes())
    # fixture for the Java test: the net's log-probabilities for some real examples
    ex = rows[::max(1, len(rows) // 40)][:40]
    lab = labels_of(rows)
    cands = [candidates(r, lab) for r in ex]
    lp = logprobs(net, v, ex, cands)
    with open(fixture_path, "w", encoding="utf-8") as f:
        for b, r in enumerate(ex):
            f.write("%s\t%d\t%s\t%s\n" % (r["sent"], r["idx"], ";".join(
                y + ":" + ",".join(r["ev"].get(y, ())) for y in cands[b]),
                " ".join("%.6f" % lp[b, k] for k in range(len(cands[b])))))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("export")
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--out")
    ap.add_argument("--fold-nets", help="directory: write one net per CV fold (fold0..9.net.gz),"
                    " trained without that fold, for PolyphoneTrainer --nets")
    ap.add_argument("--fixture", default="/dev/null", help="test fixture written with --out")
    ap.add_argument("--set", action="append", default=[], help="NAME=VALUE (W, DIM, HID, EPOCHS, SEEDS)")
    a = ap.parse_args()
    for kv in a.set:
        k, _, val = kv.partition("=")
        globals()[k] = int(val)
    rows = read(a.export)
    if a.cv:
        cv(rows, [-1, 0, 0.5, 1, 2, 4, 100, 200, 400, 800])
    if a.fold_nets:
        import os
        os.makedirs(a.fold_nets, exist_ok=True)
        for f in range(10):
            tr = [r for r in rows if r["fold"] != f]
            net, v, lab = train(tr, 1)
            write_model(net, v, os.path.join(a.fold_nets, "fold%d.net.gz" % f), "/dev/null", tr)
            print("wrote fold %d net" % f, flush=True)
    if a.out:
        net, v, lab = train(rows, 1)
        write_model(net, v, a.out, a.fixture, rows)
        print("wrote %s: %d chars, %d readings, %d pairs, %d evidence features"
              % (a.out, len(v.chars), len(v.ys), len(v.pairs), len(v.feats)))


if __name__ == "__main__":
    main()
