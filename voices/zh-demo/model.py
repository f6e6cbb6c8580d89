"""Small FastSpeech-2-like acoustic model (convolutional, TorchScript-scriptable) and the
Griffin-Lim vocoder.  Both follow docs/voice-package.md (contract v1)."""
import math
from typing import Tuple

import torch
import torch.nn as nn
import torch.nn.functional as F


class ConvBlock(nn.Module):
    def __init__(self, d: int, k: int, dropout: float):
        super().__init__()
        self.conv1 = nn.Conv1d(d, d, k, padding=k // 2)
        self.conv2 = nn.Conv1d(d, d, 1)
        self.norm = nn.LayerNorm(d)
        self.drop = nn.Dropout(dropout)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        # x [B, d, L], mask [B, 1, L]
        y = self.conv2(self.drop(F.relu(self.conv1(x * mask))))
        x = x + self.drop(y)
        x = self.norm(x.transpose(1, 2)).transpose(1, 2)
        return x * mask


class Predictor(nn.Module):
    """conv -> relu -> LN -> conv -> relu -> LN -> linear (one value per position)."""

    def __init__(self, d: int, h: int, k: int, dropout: float):
        super().__init__()
        self.c1 = nn.Conv1d(d, h, k, padding=k // 2)
        self.n1 = nn.LayerNorm(h)
        self.c2 = nn.Conv1d(h, h, k, padding=k // 2)
        self.n2 = nn.LayerNorm(h)
        self.out = nn.Linear(h, 1)
        self.drop = nn.Dropout(dropout)

    def forward(self, x: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        y = F.relu(self.c1(x * mask))
        y = self.drop(self.n1(y.transpose(1, 2)).transpose(1, 2))
        y = F.relu(self.c2(y * mask))
        y = self.drop(self.n2(y.transpose(1, 2)))
        return self.out(y).squeeze(2) * mask.squeeze(1)  # [B, L]


class Acoustic(nn.Module):
    def __init__(self, n_phones: int, n_tones: int = 7, n_bounds: int = 6, e_size: int = 64,
                 d: int = 160, n_enc: int = 4, n_dec: int = 4, n_mels: int = 80, dropout: float = 0.1,
                 lf0_mean: float = 5.5, lf0_std: float = 0.25, en_mean: float = 0.0, en_std: float = 1.0,
                 sil_mel: float = math.log(1e-5)):
        super().__init__()
        self.phone_emb = nn.Embedding(n_phones, d, padding_idx=0)
        self.tone_emb = nn.Embedding(n_tones, d, padding_idx=0)
        self.bound_emb = nn.Embedding(n_bounds, d, padding_idx=0)
        self.spk_enc = nn.Linear(e_size, d)
        self.spk_dec = nn.Linear(e_size, d)
        self.enc = nn.ModuleList([ConvBlock(d, 5, dropout) for _ in range(n_enc)])
        self.dur = Predictor(d, 128, 3, dropout)
        self.pos = nn.Linear(3, d)  # relative position inside the phone (for tone contours)
        self.pitch = Predictor(d, 128, 5, dropout)
        self.energy = Predictor(d, 128, 5, dropout)
        self.pitch_emb = nn.Conv1d(1, d, 3, padding=1)
        self.energy_emb = nn.Conv1d(1, d, 3, padding=1)
        self.dec = nn.ModuleList([ConvBlock(d, 5, dropout) for _ in range(n_dec)])
        self.proj = nn.Linear(d, n_mels)
        self.post = nn.Sequential(nn.Conv1d(n_mels, 256, 5, padding=2), nn.Tanh(),
                                  nn.Conv1d(256, n_mels, 5, padding=2))
        self.lf0_mean = lf0_mean
        self.lf0_std = lf0_std
        self.en_mean = en_mean
        self.en_std = en_std
        self.sil_mel = sil_mel
        self.n_mels = n_mels

    def encode(self, phones, tones, bounds, speaker):
        # casts follow the speaker's dtype, so a .half() copy of the model runs in FP16 throughout
        mask = (phones > 0).to(speaker.dtype).unsqueeze(1)  # [B,1,N]
        spk = F.normalize(speaker, dim=1)
        x = self.phone_emb(phones) + self.tone_emb(tones) + self.bound_emb(bounds) + self.spk_enc(spk).unsqueeze(1)
        x = x.transpose(1, 2) * mask
        for blk in self.enc:
            x = blk(x, mask)
        logd = self.dur(x, mask)  # log(1 + frames)
        return x, mask, logd, spk

    def regulate(self, x, durs, T: int):
        """x [B,d,N], durs int64 [B,N] -> frames [B,d,T], frame mask [B,1,T], rel-pos feats [B,3,T]."""
        B = x.shape[0]
        N = x.shape[2]
        cum = torch.cumsum(durs, dim=1)  # [B,N]
        t = torch.arange(T, device=x.device).unsqueeze(0).expand(B, T).contiguous()
        idx = torch.searchsorted(cum.contiguous(), t, right=True)  # phone index per frame
        fmask = (idx < N) & (t < cum[:, -1:])
        idx = idx.clamp(max=N - 1)
        start = cum.gather(1, idx) - durs.gather(1, idx)
        dd = durs.gather(1, idx).clamp(min=1).to(x.dtype)
        k = (t - start).to(x.dtype)
        rel = (k + 0.5) / dd
        feats = torch.stack([rel, k / 20.0, dd / 20.0], dim=1) * fmask.unsqueeze(1).to(x.dtype)
        frames = x.gather(2, idx.unsqueeze(1).expand(B, x.shape[1], T))
        fm = fmask.unsqueeze(1).to(x.dtype)
        return frames * fm, fm, feats

    def decode(self, h, fmask, feats, lf0n, enn, spk):
        h = h + self.pos(feats.transpose(1, 2)).transpose(1, 2) * fmask
        pred_p = self.pitch(h, fmask)
        pred_e = self.energy(h, fmask)
        return h, pred_p, pred_e

    def finish(self, h, fmask, lf0n, enn, spk):
        h = h + self.pitch_emb(lf0n.unsqueeze(1)) * fmask + self.energy_emb(enn.unsqueeze(1)) * fmask
        h = h + self.spk_dec(spk).unsqueeze(2) * fmask
        for blk in self.dec:
            h = blk(h, fmask)
        mel = self.proj(h.transpose(1, 2)).transpose(1, 2)  # [B,80,T]
        p = torch.tanh(self.post[0](mel * fmask)) * fmask  # mask inside the postnet too, so a padded
        mel = mel + self.post[2](p)                         # row equals the same row run alone
        mel = mel * fmask + self.sil_mel * (1.0 - fmask)
        return mel

    def forward(self, phones: torch.Tensor, tones: torch.Tensor, boundaries: torch.Tensor,
                speaker: torch.Tensor, controls: torch.Tensor) -> Tuple[torch.Tensor, torch.Tensor]:
        x, mask, logd, spk = self.encode(phones, tones, boundaries, speaker)
        valid = phones > 0
        d = (torch.exp(logd) - 1.0) * controls[:, 0:1]
        durs = torch.round(d).clamp(min=1.0).long()
        durs = torch.where(valid, durs, torch.zeros_like(durs))
        tot = durs.sum(dim=1)
        T = int(tot.max().item())
        if T < 1:
            T = 1
        h, fmask, feats = self.regulate(x, durs, T)
        unused = torch.zeros(1, dtype=h.dtype, device=h.device)
        h, pred_p, pred_e = self.decode(h, fmask, feats, unused, unused, spk)
        shift = torch.log(controls[:, 1:2].clamp(min=0.25)) / self.lf0_std
        lf0n = (pred_p + shift) * fmask.squeeze(1)
        mel = self.finish(h, fmask, lf0n, pred_e, spk)
        gain = torch.log(controls[:, 2:3].clamp(min=1e-3)).unsqueeze(2)  # exact amplitude scaling
        mel = torch.where(fmask > 0, (mel + gain).clamp(min=self.sil_mel), mel)
        return mel, durs


class GriffinLim(nn.Module):
    """mel [B,80,T] (natural-log magnitude) -> waveform [B,T*hop].
    Magnitude: non-negative least squares inverse of the mel filterbank (projected gradient /
    multiplicative updates from the pseudo-inverse), raised to `power`; phase: fast Griffin-Lim
    (momentum) with a deterministic initial phase."""

    def __init__(self, mel_fb: torch.Tensor, n_fft: int = 1024, hop: int = 256, win: int = 1024,
                 n_iter: int = 32, momentum: float = 0.99, power: float = 1.2, nnls_iter: int = 8):
        super().__init__()
        fb = mel_fb.T.contiguous()  # [80, F]
        self.register_buffer("fb", fb)
        self.register_buffer("fb_pinv", torch.linalg.pinv(fb))  # [F, 80]
        self.register_buffer("window", torch.hann_window(win))
        self.n_fft = n_fft
        self.hop = hop
        self.win = win
        self.n_iter = n_iter
        self.momentum = momentum
        self.power = power
        self.nnls_iter = nnls_iter

    def forward(self, mel: torch.Tensor) -> torch.Tensor:
        B = mel.shape[0]
        T = mel.shape[2]
        L = T * self.hop
        m = torch.exp(mel)  # [B,80,T]
        S = torch.matmul(self.fb_pinv, m).clamp(min=1e-8)  # [B,F,T]
        fbt = self.fb.T.contiguous()
        for _ in range(self.nnls_iter):
            num = torch.matmul(fbt, m)
            den = torch.matmul(fbt, torch.matmul(self.fb, S)) + 1e-8
            S = S * num / den
        if self.power != 1.0:  # sharpen harmonics, keep each frame's energy
            Sp = S.pow(self.power)
            S = Sp * torch.sqrt(S.pow(2).sum(1, keepdim=True) / (Sp.pow(2).sum(1, keepdim=True) + 1e-12))
        Fq = S.shape[1]
        # deterministic pseudo-random initial phase
        f = torch.arange(Fq, dtype=torch.float32, device=mel.device).view(1, Fq, 1)
        t = torch.arange(T + 1, dtype=torch.float32, device=mel.device).view(1, 1, T + 1)
        ph = torch.frac(torch.sin(f * 12.9898 + t * 78.233) * 43758.5453) * 2.0 * math.pi
        Sx = F.pad(S, [0, 1], mode="replicate")  # stft(center) gives T+1 frames for L = T*hop
        angles = torch.polar(torch.ones_like(Sx), ph.expand(B, Fq, T + 1))
        tprev = torch.zeros_like(angles)
        alpha = self.momentum / (1.0 + self.momentum)
        for _ in range(self.n_iter):
            y = torch.istft(Sx * angles, self.n_fft, self.hop, self.win, self.window, True, False,
                            None, L, False)
            rebuilt = torch.stft(y, self.n_fft, self.hop, self.win, self.window, True, "reflect",
                                 False, None, True)
            angles = rebuilt - tprev * alpha
            tprev = rebuilt
            angles = angles / (angles.abs() + 1e-16)
        y = torch.istft(Sx * angles, self.n_fft, self.hop, self.win, self.window, True, False, None, L, False)
        return y.clamp(-1.0, 1.0)
