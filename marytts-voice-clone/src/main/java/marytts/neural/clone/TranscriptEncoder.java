package marytts.neural.clone;

import marytts.neural.PhoneSequence;
import marytts.neural.VoicePackage;

/** Turns a transcript into the voice's model ids (the installer uses the zh_CN front end). */
@FunctionalInterface
public interface TranscriptEncoder {
    PhoneSequence encode(String transcript, VoicePackage voice) throws EnrollmentException;
}
