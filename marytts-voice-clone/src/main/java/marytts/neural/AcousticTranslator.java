package marytts.neural;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.translate.NoBatchifyTranslator;
import ai.djl.translate.TranslatorContext;

/** Ids to tensors and back for the acoustic model (contract v1); batching is done by the caller. */
final class AcousticTranslator implements NoBatchifyTranslator<AcousticBatch, AcousticOutput> {

    @Override
    public NDList processInput(TranslatorContext ctx, AcousticBatch in) {
        NDManager m = ctx.getNDManager();
        return new NDList(m.create(in.phones), m.create(in.tones), m.create(in.boundaries), m.create(in.speakers),
                m.create(in.controls));
    }

    @Override
    public AcousticOutput processOutput(TranslatorContext ctx, NDList list) {
        NDArray mel = list.get(0);
        NDArray durations = list.get(1);
        Shape shape = mel.getShape();
        int b = (int) shape.get(0);
        int bands = (int) shape.get(1);
        int frames = (int) shape.get(2);
        float[] flat = mel.toType(ai.djl.ndarray.types.DataType.FLOAT32, false).toFloatArray();
        long[] dflat = durations.toType(ai.djl.ndarray.types.DataType.INT64, false).toLongArray();
        int n = (int) durations.getShape().get(1);
        float[][][] mels = new float[b][][];
        long[][] durs = new long[b][n];
        for (int i = 0; i < b; i++) {
            long total = 0;
            for (int j = 0; j < n; j++) {
                durs[i][j] = dflat[i * n + j];
                total += durs[i][j];
            }
            int own = (int) Math.min(frames, total);
            mels[i] = new float[bands][own];
            for (int k = 0; k < bands; k++) {
                System.arraycopy(flat, (i * bands + k) * frames, mels[i][k], 0, own);
            }
        }
        return new AcousticOutput(mels, durs);
    }
}
