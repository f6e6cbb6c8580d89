package marytts.zh.installer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One component of MaryTTS's installer format (a {@code <voice>} of a {@code marytts-install}
 * document), plus what we add: the neural contract version, the sha256 of the zip and of every file
 * in it, and (in install records) the installed file names. Parsed and written by {@link ComponentXml}.
 *
 * @param locale         Java form, {@code zh_CN}
 * @param packageSize    bytes of the zip, -1 when unknown (an XML embedded in the zip)
 * @param md5            MaryTTS's {@code md5sum}, may be null
 * @param sha256         sha256 of the zip, may be null
 * @param contractVersion neural voice-package contract version; null for stock MaryTTS components
 * @param fileSha256     zip entry name (= path relative to MARY_BASE) to sha256, in zip order
 * @param installedFiles MaryTTS's {@code <files>} list (install records only): paths relative to MARY_BASE
 */
public record ComponentDescriptor(String name, String locale, String gender, String type, String version,
        String description, String licenseName, String licenseHref, String packageFilename, long packageSize,
        String md5, String sha256, String contractVersion, String dependsLanguage, String dependsVersion,
        Map<String, String> fileSha256, List<String> installedFiles) {

    public ComponentDescriptor {
        fileSha256 = Collections.unmodifiableMap(new LinkedHashMap<>(fileSha256));
        installedFiles = List.copyOf(installedFiles);
    }

    public boolean isNeural() {
        return contractVersion != null;
    }

    /** The name MaryTTS gives the install record: the package file name without .zip, plus -component.xml. */
    public String recordFileName() {
        return baseName(packageFilename) + "-component.xml";
    }

    static String baseName(String zipName) {
        int dot = zipName.lastIndexOf('.');
        return dot > 0 ? zipName.substring(0, dot) : zipName;
    }

    public Optional<String> md5Opt() {
        return Optional.ofNullable(md5).filter(s -> !s.isBlank());
    }

    public Optional<String> sha256Opt() {
        return Optional.ofNullable(sha256).filter(s -> !s.isBlank());
    }

    public ComponentDescriptor withPackage(String filename, long size, String newMd5, String newSha256) {
        return new ComponentDescriptor(name, locale, gender, type, version, description, licenseName, licenseHref,
                filename, size, newMd5, newSha256, contractVersion, dependsLanguage, dependsVersion, fileSha256,
                installedFiles);
    }

    public ComponentDescriptor withFiles(Map<String, String> checksums, List<String> installed) {
        return new ComponentDescriptor(name, locale, gender, type, version, description, licenseName, licenseHref,
                packageFilename, packageSize, md5, sha256, contractVersion, dependsLanguage, dependsVersion,
                checksums, installed);
    }
}
