#!/bin/sh
# zh-demo: raw gcin-voice data -> trained, exported, evaluated voice package, in one command.
#   voices/zh-demo/train.sh            (env: TRAIN_MINUTES=35 TRAIN_STEPS=8000 SKIP_EVAL=0)
# CPU only, 2 threads, nice 10 (the build machine is shared).  Writes acoustic.pt, vocoder.pt,
# voice.properties (with sha256 of both models) and EVAL.md next to this script; scratch in work/.
set -eu
cd "$(dirname "$0")"
PY=/usr/bin/python3
missing=""
for p in python3-torch python3-torchaudio gcin-voice; do
  dpkg -s "$p" >/dev/null 2>&1 || missing="$missing $p"
done
if [ -n "$missing" ]; then
  if [ "$(id -u)" = 0 ]; then apt-get install -y $missing; else sudo apt-get install -y $missing; fi
fi
export OMP_NUM_THREADS=2 MKL_NUM_THREADS=2
N="nice -n 10"
t0=$(date +%s)
$N $PY prepare.py
t1=$(date +%s)
$N $PY train.py --steps "${TRAIN_STEPS:-8000}" --max-minutes "${TRAIN_MINUTES:-35}"
t2=$(date +%s)
$N $PY vocoder_select.py
$N $PY export.py
$N $PY export_fp16.py   # acoustic.fp16.pt: used on a GPU when it passes the engine's check
t3=$(date +%s)
echo "prepare $((t1 - t0)) s, train $((t2 - t1)) s, vocoder selection + export $((t3 - t2)) s" | tee work/timing.txt
if [ "${SKIP_EVAL:-0}" != 1 ]; then
  $N $PY evaluate.py
  echo "evaluate $(( $(date +%s) - t3 )) s" | tee -a work/timing.txt
fi
ls -l acoustic.pt acoustic.fp16.pt vocoder.pt voice.properties
