package marytts.neural.clone;

import java.io.IOException;
import java.nio.file.Path;

import ai.djl.MalformedModelException;
import ai.djl.inference.Predictor;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.repository.zoo.Criteria;
import ai.djl.repository.zoo.ModelNotFoundException;
import ai.djl.repository.zoo.ZooModel;
import ai.djl.translate.TranslateException;
import marytts.neural.VoicePackage;

/**
 * Zero-shot speaker embedding through the package's optional {@code speaker_encoder.pt}
 * ({@code forward(wav [B, S]) -> [B, E]}, wav at the voice's rate). Not thread-safe; close it.
 * Tested with a fixture encoder (ZeroShotEnrollmentTest); no shipped voice has a trained one.
 */
public final class SpeakerEncoder implements AutoCloseable {
    private final ZooModel<NDList, NDList> model;
    private final Predictor<NDList, NDList> predictor;
    private final String sha256;

    public SpeakerEncoder(VoicePackage voice) throws EnrollmentException {
        VoicePackage.ModelFile f = voice.speakerEncoder()
                .orElseThrow(() -> new EnrollmentException(voice.name() + " has no speaker encoder"));
        Path file = f.path();
        String actual = Hashing.sha256(file);
        if (!actual.equals(f.sha256())) {
            throw new EnrollmentException(file + ": sha256 mismatch (voice.properties says " + f.sha256() + ")");
        }
        this.sha256 = actual;
        Criteria<NDList, NDList> c = Criteria.builder().setTypes(NDList.class, NDList.class).optEngine("PyTorch")
                .optModelPath(file.getParent()).optModelName(file.getFileName().toString().replaceFirst("\\.pt$", ""))
                .optOption("mapLocation", "true").build();
        try {
            model = c.loadModel();
            predictor = model.newPredictor();
        } catch (ModelNotFoundException | MalformedModelException | IOException e) {
            throw new EnrollmentException(file + ": cannot load the speaker encoder: " + e.getMessage(), e);
        }
    }

    public String sha256() {
        return sha256;
    }

    public float[] embed(float[] wav) throws EnrollmentException {
        try (NDManager m = model.getNDManager().newSubManager()) {
            NDList out = predictor.predict(new NDList(m.create(wav, new Shape(1, wav.length))));
            return out.get(0).toFloatArray();
        } catch (TranslateException | RuntimeException e) {
            throw new EnrollmentException("speaker encoder failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        predictor.close();
        model.close();
    }
}
