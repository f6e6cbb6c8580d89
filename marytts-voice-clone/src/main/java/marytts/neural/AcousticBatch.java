package marytts.neural;

import java.util.List;

/** Rows of phone sequences, padded with id 0 to the longest, plus one speaker embedding per row. */
public final class AcousticBatch {
    final long[][] phones;
    final long[][] tones;
    final long[][] boundaries;
    final float[][] speakers;
    final float[][] controls;

    public AcousticBatch(List<PhoneSequence> rows, List<float[]> speakerRows) {
        int n = rows.stream().mapToInt(PhoneSequence::length).max().orElse(0);
        int b = rows.size();
        phones = new long[b][n];
        tones = new long[b][n];
        boundaries = new long[b][n];
        speakers = new float[b][];
        controls = new float[b][];
        for (int i = 0; i < b; i++) {
            PhoneSequence row = rows.get(i);
            System.arraycopy(row.phones(), 0, phones[i], 0, row.length());
            System.arraycopy(row.tones(), 0, tones[i], 0, row.length());
            System.arraycopy(row.boundaries(), 0, boundaries[i], 0, row.length());
            speakers[i] = speakerRows.get(i).clone();
            controls[i] = row.controls().toArray();
        }
    }

    public int size() {
        return phones.length;
    }
}
