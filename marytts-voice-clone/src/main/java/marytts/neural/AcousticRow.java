package marytts.neural;

/** One queued acoustic-model input: a phone sequence and the speaker embedding to say it with. */
record AcousticRow(PhoneSequence sequence, float[] speaker) {
    /** Mel frames {@code [bands][frames]} and frames per phone of one row. */
    record Result(float[][] mel, long[] durations) {
    }
}
