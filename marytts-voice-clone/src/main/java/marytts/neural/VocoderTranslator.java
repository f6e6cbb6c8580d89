package marytts.neural;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/** A padded batch of mels {@code [B][bands][frames]} to samples {@code [B][frames * hop]} in [-1, 1]. */
final class VocoderTranslator implements NoBatchifyTranslator<float[][][], float[][]> {

    @Override
    public NDList processInput(TranslatorContext ctx, float[][][] mels) {
        int b = mels.length;
        int bands = mels[0].length;
        int frames = mels[0][0].length;
        float[] flat = new float[b * bands * frames];
        for (int i = 0; i < b; i++) {
            for (int k = 0; k < bands; k++) {
                System.arraycopy(mels[i][k], 0, flat, (i * bands + k) * frames, frames);
            }
        }
        return new NDList(ctx.getNDManager().create(flat, new Shape(b, bands, frames)));
    }

    @Override
    public float[][] processOutput(TranslatorContext ctx, NDList list) {
        NDArray wav = list.get(0);
        int b = (int) wav.getShape().get(0);
        int n = (int) wav.getShape().get(1);
        float[] flat = wav.toType(DataType.FLOAT32, false).toFloatArray();
        float[][] out = new float[b][n];
        for (int i = 0; i < b; i++) {
            System.arraycopy(flat, i * n, out[i], 0, n);
        }
        return out;
    }
}
