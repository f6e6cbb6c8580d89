"""Shared definitions for the zh-demo voice: symbol tables, bopomofo/pinyin -> phones,
log-mel analysis, F0 tracker. Used by prepare.py, train.py, export.py and evaluate.py."""
import math
import os
import re
import xml.etree.ElementTree as ET

import torch
import torchaudio

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", ".."))
ALLOPHONES = os.path.join(REPO, "lang-zh/src/main/resources/marytts/language/zh/allophones.zh_CN.xml")

# ---- audio / analysis constants (written into voice.properties) ----
SR = 22050
HOP = 256
NFFT = 1024
WIN = 1024
NMELS = 80
FMIN = 0.0
FMAX = 8000.0
LOG_FLOOR = 1e-5
SIL_MEL = math.log(LOG_FLOOR)
E_SIZE = 64  # speaker embedding size


def phone_table():
    """<pad>, _, then every non-tone symbol of allophones.zh_CN.xml in file order."""
    root = ET.parse(ALLOPHONES).getroot()
    syms = ["<pad>", "_"]
    for el in root:
        if el.tag in ("consonant", "vowel", "silence"):
            p = el.get("ph")
            if p not in syms:
                syms.append(p)
    return syms


PHONES = phone_table()
PHONE_ID = {p: i for i, p in enumerate(PHONES)}
TONES = ["<pad>", "0", "1", "2", "3", "4", "5"]
BOUNDARIES = ["<pad>", "none", "syllable", "word", "phrase", "sentence"]
B_NONE, B_SYL, B_WORD, B_PHRASE, B_SENT = 1, 2, 3, 4, 5
CONSONANTS = set(PHONES[2:PHONES.index("a")])


def tone_id(t):
    """tone digit 0..5 -> id (0 = no tone -> id 1)."""
    return t + 1


# ---- bopomofo -> (initial, final) ----
BPMF_INIT = {"ㄅ": "b", "ㄆ": "p", "ㄇ": "m", "ㄈ": "f", "ㄉ": "d", "ㄊ": "t", "ㄋ": "n", "ㄌ": "l",
             "ㄍ": "g", "ㄎ": "k", "ㄏ": "h", "ㄐ": "j", "ㄑ": "q", "ㄒ": "x", "ㄓ": "zh", "ㄔ": "ch",
             "ㄕ": "sh", "ㄖ": "r", "ㄗ": "z", "ㄘ": "c", "ㄙ": "s"}
BPMF_FINAL = {"ㄚ": "a", "ㄛ": "o", "ㄜ": "e", "ㄝ": "ee", "ㄞ": "ai", "ㄟ": "ei", "ㄠ": "ao", "ㄡ": "ou",
              "ㄢ": "an", "ㄣ": "en", "ㄤ": "ang", "ㄥ": "eng", "ㄦ": "er",
              "ㄧ": "i", "ㄧㄚ": "ia", "ㄧㄝ": "ie", "ㄧㄠ": "iao", "ㄧㄡ": "iou", "ㄧㄢ": "ian",
              "ㄧㄣ": "in", "ㄧㄤ": "iang", "ㄧㄥ": "ing",
              "ㄨ": "u", "ㄨㄚ": "ua", "ㄨㄛ": "uo", "ㄨㄞ": "uai", "ㄨㄟ": "uei", "ㄨㄢ": "uan",
              "ㄨㄣ": "uen", "ㄨㄤ": "uang", "ㄨㄥ": "ueng",
              "ㄩ": "v", "ㄩㄝ": "ve", "ㄩㄢ": "van", "ㄩㄣ": "vn", "ㄩㄥ": "iong"}
LETTER_NAMES = set("ㄅㄆㄇㄈㄉㄊㄋㄌㄍㄎㄏㄐㄑㄒ")  # bare initials = letter names (skip)


def bopomofo_to_phones(name):
    """'ㄅㄚ4' -> (['b','a'], 4, 'ba4').  None when the directory is not a syllable we use.
    digit: none = tone 1, 2/3/4 = tones 2-4, 1 = neutral tone (5)."""
    m = re.match(r"^(\D+)(\d?)$", name)
    if not m:
        return None
    body, dig = m.group(1), m.group(2)
    tone = {"": 1, "1": 5, "2": 2, "3": 3, "4": 4}[dig]
    if body in ("ㄇ", "ㄉ") and dig == "1":  # short spellings of me5, de5
        body = body + "ㄜ"
    if body in LETTER_NAMES:
        return None
    init = None
    if body[0] in BPMF_INIT:
        init = BPMF_INIT[body[0]]
        rest = body[1:]
    else:
        rest = body
    if rest == "":
        if init in ("zh", "ch", "sh", "r"):
            fin = "iii"
        elif init in ("z", "c", "s"):
            fin = "ii"
        else:
            return None
    elif rest not in BPMF_FINAL:
        return None  # e.g. ㄧㄛ (yo), ㄧㄞ (yai): not in the phone set
    else:
        fin = BPMF_FINAL[rest]
        if fin == "ueng" and init is not None:
            fin = "ong"
    phones = ([init] if init else []) + [fin]
    return phones, tone, "".join(phones) + str(tone)


# ---- pinyin (tone digit) -> phones, for test sentences ----
PY_INITS = ["zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
            "r", "z", "c", "s"]


def pinyin_to_phones(py):
    """'zhong1' -> (['zh','ong'], 1); handles y/w spellings, ü after j/q/x, -iu/-ui/-un, erhua 'r'."""
    py = py.lower().replace("ü", "v").replace("u:", "v")
    tone = int(py[-1]) if py[-1].isdigit() else 5
    s = py.rstrip("012345")
    er = False
    if s.endswith("r") and s not in ("er",) and len(s) > 1:
        er, s = True, s[:-1]
    init = ""
    for i in PY_INITS:
        if s.startswith(i):
            init, s = i, s[len(i):]
            break
    if init == "":
        if s.startswith("yu"):
            s = "v" + s[2:]
        elif s.startswith("y"):
            s = s[1:] if s[1:2] == "i" else "i" + s[1:]
        elif s.startswith("w"):
            s = s[1:] if s[1:2] == "u" else "u" + s[1:]
    if init in ("j", "q", "x") and s.startswith("u"):
        s = "v" + s[1:]
    s = {"iu": "iou", "ui": "uei", "un": "uen" if init not in ("j", "q", "x") else "vn",
         "i": "i", "ue": "ve", "uan": "uan"}.get(s, s)
    if init in ("j", "q", "x") and s in ("uan", "ue", "un"):
        s = {"uan": "van", "ue": "ve", "un": "vn"}[s]
    if s == "i" and init in ("zh", "ch", "sh", "r"):
        s = "iii"
    elif s == "i" and init in ("z", "c", "s"):
        s = "ii"
    if s == "ong" and init == "":
        s = "ueng"
    if s == "ou" and init == "" and py.startswith("you"):
        s = "iou"
    if s == "en" and py.startswith("wen"):
        s = "uen"
    if s == "eng" and py.startswith("weng"):
        s = "ueng"
    if s == "e" and py.startswith("ye"):
        s = "ie"
    if s == "ei" and py.startswith("wei"):
        s = "uei"
    ph = ([init] if init else []) + [s] + (["rr"] if er else [])
    for p in ph:
        if p not in PHONE_ID:
            raise ValueError("cannot map %s (%s)" % (py, p))
    return ph, tone


def sentence_ids(text):
    """'ni3 hao3 | shi4 jie4 , wo3 . ' -> (phones, tones, boundaries) id lists.
    words separated by space inside a word? We use: syllables separated by spaces, '|' = word end,
    ',' = phrase end (+ '_' phone), '.' = sentence end. A leading/trailing '_' is added like the front end."""
    toks = text.split()
    P, T, B = [PHONE_ID["_"]], [tone_id(0)], [B_NONE]
    for k, tok in enumerate(toks):
        if tok in ("|", ",", "."):
            b = {"|": B_WORD, ",": B_PHRASE, ".": B_SENT}[tok]
            if B:
                B[-1] = b
            if tok in (",", "."):
                P.append(PHONE_ID["_"]); T.append(tone_id(0)); B.append(b)
            continue
        ph, tone = pinyin_to_phones(tok)
        for j, p in enumerate(ph):
            P.append(PHONE_ID[p])
            T.append(tone_id(0) if p in CONSONANTS else tone_id(tone))
            B.append(B_SYL if j == len(ph) - 1 else B_NONE)
    if PHONES[P[-1]] != "_":
        B[-1] = B_SENT
        P.append(PHONE_ID["_"]); T.append(tone_id(0)); B.append(B_SENT)
    return P, T, B


# ---- analysis ----
_MEL = None


def mel_transform():
    global _MEL
    if _MEL is None:
        _MEL = torchaudio.transforms.MelSpectrogram(
            sample_rate=SR, n_fft=NFFT, win_length=WIN, hop_length=HOP, f_min=FMIN, f_max=FMAX,
            n_mels=NMELS, power=1.0, norm="slaney", mel_scale="slaney", center=True, pad_mode="reflect")
    return _MEL


def mel_basis():
    """[n_freq=513, 80] slaney filterbank (same as mel_transform)."""
    return mel_transform().mel_scale.fb.clone()


def logmel(wav):
    """wav float [L] (L multiple of HOP) -> [T=L/HOP, 80] natural-log magnitude mel, floor 1e-5."""
    m = mel_transform()(wav.unsqueeze(0))[0]  # [80, L/HOP+1]
    m = torch.log(torch.clamp(m, min=LOG_FLOOR))
    return m[:, : wav.shape[-1] // HOP].T.contiguous()


def f0_track(wav, fmin=70.0, fmax=600.0, thresh=0.5):
    """Normalized-autocorrelation F0 tracker (Boersma-style window correction), one value per
    HOP frame centred like the mel frames.  Returns (f0 [T] Hz with 0 = unvoiced, periodicity [T])."""
    L = wav.shape[-1]
    T = L // HOP
    pad = WIN // 2
    x = torch.nn.functional.pad(wav.view(1, 1, -1), (pad, pad), mode="reflect").view(-1)
    frames = x.unfold(0, WIN, HOP)[:T]
    frames = frames - frames.mean(dim=1, keepdim=True)
    w = torch.hann_window(WIN, periodic=False)
    fw = frames * w
    n = 2 * WIN
    r = torch.fft.irfft(torch.abs(torch.fft.rfft(fw, n)) ** 2, n)[:, :WIN]
    rw = torch.fft.irfft(torch.abs(torch.fft.rfft(w, n)) ** 2, n)[:WIN]
    r = r / torch.clamp(r[:, :1], min=1e-9) / (rw / rw[0])
    lo, hi = int(SR / fmax), int(SR / fmin)
    seg = r[:, lo:hi]
    val, idx = seg.max(dim=1)
    lag = (idx + lo).float()
    # parabolic interpolation
    i = (idx + lo).clamp(1, WIN - 2)
    a = r.gather(1, (i - 1).unsqueeze(1))[:, 0]
    b = r.gather(1, i.unsqueeze(1))[:, 0]
    c = r.gather(1, (i + 1).unsqueeze(1))[:, 0]
    den = a - 2 * b + c
    off = torch.where(den.abs() > 1e-9, 0.5 * (a - c) / den, torch.zeros_like(den)).clamp(-0.5, 0.5)
    lag = lag + off
    energy = frames.pow(2).mean(dim=1).sqrt()
    e_db = 20 * torch.log10(energy + 1e-9)
    voiced = (val > thresh) & (e_db > e_db.max() - 35)
    f0 = torch.where(voiced, SR / lag, torch.zeros_like(lag))
    # 5-point median smoothing of voiced runs (removes short octave jumps)
    if T >= 5:
        p = torch.nn.functional.pad(f0.view(1, 1, -1), (2, 2), mode="replicate").view(-1)
        med = p.unfold(0, 5, 1).median(dim=1).values
        f0 = torch.where(voiced & (med > 0), med, f0)
    # octave/noise errors: unvoice frames far (> 1.7x) from the utterance's median F0
    if bool((f0 > 0).any()):
        m = f0[f0 > 0].median()
        f0 = torch.where((f0 > m / 1.7) & (f0 < m * 1.7), f0, torch.zeros_like(f0))
    return f0, val


def interp_lf0(f0):
    """log F0 with unvoiced frames linearly interpolated (edges held)."""
    T = f0.shape[0]
    v = f0 > 0
    out = torch.zeros(T)
    if v.sum() == 0:
        return out, v
    idx = torch.nonzero(v).view(-1)
    lf = torch.log(f0[idx])
    t = torch.arange(T).float()
    # piecewise-linear interpolation
    pos = torch.searchsorted(idx.float().contiguous(), t.contiguous())
    pos = pos.clamp(1, len(idx) - 1) if len(idx) > 1 else pos.clamp(0, 0)
    if len(idx) == 1:
        out[:] = lf[0]
        return out, v
    x0, x1 = idx[pos - 1].float(), idx[pos].float()
    y0, y1 = lf[pos - 1], lf[pos]
    wgt = ((t - x0) / (x1 - x0)).clamp(0, 1)
    out = y0 + wgt * (y1 - y0)
    return out, v


def mcd(mel_a, mel_b, n=25):
    """Mel-cepstral distortion (dB) between two log-mel sequences [T,80] after DTW alignment.
    Cepstrum of the natural-log mel spectrum with the inverse-DFT scaling of a real cepstrum
    (the 80 bands taken as the half spectrum 0..pi): c_k = 1/M * sum_m L_m cos(pi k (m+.5)/M),
    coefficients 1..n-1 (c0/energy excluded); MCD = 10/ln10 * sqrt(2 * sum_k dc_k^2)."""
    N = mel_a.shape[1]
    k = torch.arange(N).float()
    dct = torch.cos(math.pi / N * (k.view(-1, 1) + 0.5) * k.view(1, -1)) / N
    ca = (mel_a @ dct)[:, 1:n]
    cb = (mel_b @ dct)[:, 1:n]
    d = torch.cdist(ca, cb)  # [Ta, Tb]
    Ta, Tb = d.shape
    D = torch.full((Ta + 1, Tb + 1), float("inf"))
    D[0, 0] = 0
    dl = d.tolist()
    Dl = D.tolist()
    Ln = [[0] * (Tb + 1) for _ in range(Ta + 1)]
    for i in range(1, Ta + 1):
        for j in range(1, Tb + 1):
            best, ln = Dl[i - 1][j - 1], Ln[i - 1][j - 1]
            if Dl[i - 1][j] < best:
                best, ln = Dl[i - 1][j], Ln[i - 1][j]
            if Dl[i][j - 1] < best:
                best, ln = Dl[i][j - 1], Ln[i][j - 1]
            Dl[i][j] = best + dl[i - 1][j - 1]
            Ln[i][j] = ln + 1
    return (10.0 / math.log(10.0)) * math.sqrt(2.0) * Dl[Ta][Tb] / Ln[Ta][Tb]
