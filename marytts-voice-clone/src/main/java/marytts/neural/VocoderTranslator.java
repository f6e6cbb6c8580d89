package marytts.neural;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.types.DataType;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/** One mel chunk {@code [bands][frames]} to samples in [-1, 1]. */
final class VocoderTranslator implements NoBatchifyTranslator<float[][], float[]> {

    @Override
    public NDList processInput(TranslatorContext ctx, float[][] mel) {
        return new NDList(ctx.getNDManager().create(mel).expandDims(0));
    }

    @Override
    public float[] processOutput(TranslatorContext ctx, NDList list) {
        NDArray wav = list.get(0);
        return wav.toType(DataType.FLOAT32, false).toFloatArray();
    }
}
