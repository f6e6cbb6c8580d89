package marytts.zh.installer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import marytts.language.zh.frontend.ChunkSplitter;
import marytts.language.zh.frontend.PinyinSyllable;
import marytts.language.zh.frontend.PronouncedWord;
import marytts.language.zh.frontend.TextChunk;
import marytts.language.zh.frontend.ZhFrontEnd;

/**
 * docs/clone-prompts.txt, the script enrolling speakers read: as the zh_CN front end pronounces it
 * (normalizer, chunking, pronouncer with sandhi: the same path as enrollment transcripts), it holds
 * every consonant of allophones.zh_CN.xml (the 21 initials and the erhua rr), every vowel (final)
 * except the documented exception ee, and the tones 1-4 and neutral (5), each at least twice.
 */
class ClonePromptsTest {
    static final int MIN_COUNT = 2;
    /** Finals no plain-text sentence reaches through the front end (documented in the script's header). */
    static final Set<String> EXCEPTIONS = Set.of("ee");

    static List<String> promptLines() throws Exception {
        Path f = Paths.get("..", "docs", "clone-prompts.txt");
        return Files.readAllLines(f, StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toList());
    }

    /** Allophone symbols by element name (consonant, vowel, tone) from the front end's allophone set. */
    static Map<String, Set<String>> allophones() throws Exception {
        Map<String, Set<String>> byKind = new TreeMap<>();
        try (InputStream in = ZhFrontEnd.class.getResourceAsStream("/marytts/language/zh/allophones.zh_CN.xml")) {
            NodeList all = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement()
                    .getElementsByTagName("*");
            for (int i = 0; i < all.getLength(); i++) {
                Element e = (Element) all.item(i);
                if (e.hasAttribute("ph")) {
                    byKind.computeIfAbsent(e.getTagName(), k -> new LinkedHashSet<>()).add(e.getAttribute("ph"));
                }
            }
        }
        return byKind;
    }

    /** Counts of every phone ("p:" + symbol) and every final's tone ("t:" + digit) in {@code lines}. */
    static Map<String, Integer> counts(List<String> lines) {
        ZhFrontEnd fe = ZhFrontEnd.shared();
        ChunkSplitter splitter = new ChunkSplitter();
        Map<String, Integer> c = new TreeMap<>();
        for (String line : lines) {
            for (TextChunk chunk : splitter.split(fe.normalizer().normalize(line))) {
                List<PinyinSyllable> syllables = new ArrayList<>();
                switch (chunk.kind()) {
                case HAN:
                    for (PronouncedWord w : fe.pronouncer().pronounce(chunk.text())) {
                        syllables.addAll(w.syllables());
                    }
                    break;
                case LATIN:
                case DIGITS:
                    syllables.addAll(fe.latin().pronounce(chunk.text()));
                    break;
                default:
                    break;
                }
                for (PinyinSyllable s : syllables) {
                    for (String p : s.phones()) {
                        c.merge("p:" + p, 1, Integer::sum);
                    }
                    c.merge("t:" + s.tone(), 1, Integer::sum);
                }
            }
        }
        return c;
    }

    static List<String> missing(Map<String, Integer> counts, Map<String, Set<String>> allophones) {
        List<String> missing = new ArrayList<>();
        for (String kind : List.of("consonant", "vowel")) {
            for (String p : allophones.get(kind)) {
                int n = counts.getOrDefault("p:" + p, 0);
                if (n < MIN_COUNT && !EXCEPTIONS.contains(p)) {
                    missing.add(kind + " " + p + " x" + n);
                }
            }
        }
        for (String t : allophones.get("tone")) {
            int n = counts.getOrDefault("t:" + t, 0);
            if (n < MIN_COUNT) {
                missing.add("tone " + t + " x" + n);
            }
        }
        return missing;
    }

    @Test
    void theScriptCoversEveryInitialFinalAndToneAtLeastTwice() throws Exception {
        Map<String, Set<String>> allophones = allophones();
        // what "every" means here: the 21 initials + rr, 39 finals, tones 1-5 of the allophone set
        assertEquals(22, allophones.get("consonant").size(), allophones.toString());
        assertEquals(39, allophones.get("vowel").size(), allophones.toString());
        assertEquals(Set.of("1", "2", "3", "4", "5"), allophones.get("tone"));
        List<String> lines = promptLines();
        assertTrue(lines.size() >= 25 && lines.size() <= 40, lines.size() + " sentences");
        Map<String, Integer> counts = counts(lines);
        assertEquals(List.of(), missing(counts, allophones), "under-covered in docs/clone-prompts.txt");
        for (String p : EXCEPTIONS) {
            assertEquals(0, counts.getOrDefault("p:" + p, 0), p + " is covered now: drop it from the exceptions");
        }
    }

    @Test
    void everySentenceIsReadableAndPronouncedInFull() throws Exception {
        Set<String> known = new LinkedHashSet<>();
        allophones().values().forEach(known::addAll);
        for (String line : promptLines()) {
            assertTrue(line.length() >= 8 && line.length() <= 40, "length of: " + line);
            long han = line.codePoints().filter(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)
                    .count();
            Map<String, Integer> c = counts(List.of(line));
            int syllables = c.entrySet().stream().filter(e -> e.getKey().startsWith("t:"))
                    .mapToInt(Map.Entry::getValue).sum();
            // an erhua 儿 merges into the syllable before it (its rr phone)
            assertEquals(han, syllables + c.getOrDefault("p:rr", 0), "one syllable per character: " + line);
            for (String k : c.keySet()) {
                if (k.startsWith("p:")) {
                    assertTrue(known.contains(k.substring(2)), k + " in " + line);
                }
            }
        }
    }

    @Test
    void removingAnEssentialSentenceBreaksCoverage() throws Exception {
        Map<String, Set<String>> allophones = allophones();
        List<String> lines = promptLines();
        int essential = 0;
        for (int i = 0; i < lines.size(); i++) {
            List<String> fewer = new ArrayList<>(lines);
            fewer.remove(i);
            if (!missing(counts(fewer), allophones).isEmpty()) {
                essential++;
            }
        }
        // the ueng sentences at least (翁/嗡 and 瓮 are the only ueng syllables): the check is not vacuous
        assertTrue(essential >= 1, "no sentence is essential to coverage");
    }
}
