package marytts.neural;

/** Mel frames per row ({@code [bands][frames]}, cut to each row's own length) and frames per phone. */
public record AcousticOutput(float[][][] mels, long[][] durations) {
}
