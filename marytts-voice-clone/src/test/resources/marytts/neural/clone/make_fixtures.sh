#!/bin/sh
# Makes the tiny codec fixtures used by AudioReaderTest (run from anywhere; needs Debian's
# espeak-ng and sox with FLAC and Ogg Vorbis support: apt-get install -y espeak-ng sox libsox-fmt-all).
# speech.wav:  1.2 s of espeak-ng Mandarin, 16 kHz mono 16-bit
# speech.flac: the same audio as FLAC, stereo 22.05 kHz (tests the mono mix and resampling)
# speech.ogg:  the same audio as Ogg Vorbis, mono 16 kHz, quality 2
# speech-short.ogg: 0.25 s of it (from 0.3 s) at 44.1 kHz, quality 2: a file of two Ogg pages, like
#   Debian gcin-voice's syllables, which VorbisSPI decoded to nothing
# not-audio.wav: a text file with a .wav name
set -e
cd "$(dirname "$0")"
tmp=$(mktemp -d)
espeak-ng -v cmn -w "$tmp/raw.wav" "你好，世界"
sox "$tmp/raw.wav" -r 16000 -c 1 -b 16 speech.wav trim 0 1.2
sox speech.wav -r 22050 -c 2 speech.flac
sox speech.wav -C 2 speech.ogg
sox speech.wav -r 44100 -C 2 speech-short.ogg trim 0.3 0.25
printf 'this is not audio\n' > not-audio.wav
rm -rf "$tmp"
ls -l speech.wav speech.flac speech.ogg speech-short.ogg not-audio.wav
