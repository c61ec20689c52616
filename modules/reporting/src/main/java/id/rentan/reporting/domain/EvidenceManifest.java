package id.rentan.reporting.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The checksums of an evidence pack's files, in the format of GNU {@code sha256sum}, so that an auditor can check the
 * unpacked files with {@code sha256sum -c manifest-sha256.txt}: one line per file, the SHA-256 as 64 lower-case hex
 * digits, two spaces, the file's path inside the pack (forward slashes), a line feed. Paths are relative, unique, and
 * free of what {@code sha256sum} would have to escape (backslash, line breaks).
 */
public final class EvidenceManifest {

    /** The manifest's own name in the pack (it lists every other file). */
    public static final String FILE_NAME = "manifest-sha256.txt";

    private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern LINE = Pattern.compile("([0-9a-fA-F]{64}) [ *](.+)");

    private final Map<String, String> checksums = new LinkedHashMap<>();

    /**
     * Adds a file.
     *
     * @param path   its path inside the pack, e.g. {@code invoices/2026-01-APBD-50.csv}
     * @param sha256 its SHA-256, 64 lower-case hex digits
     */
    public EvidenceManifest add(String path, String sha256) {
        requirePath(path);
        if (sha256 == null || !HEX.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
        }
        if (checksums.putIfAbsent(path, sha256) != null) {
            throw new IllegalArgumentException("listed twice: " + path);
        }
        return this;
    }

    private static void requirePath(String path) {
        if (path == null || path.isBlank() || path.startsWith("/") || path.contains("\\") || path.contains("\n")
                || path.contains("\r") || List.of(path.split("/")).contains("..") || path.equals(FILE_NAME)) {
            throw new IllegalArgumentException("not a path a manifest may list: " + path);
        }
    }

    /** The files in the order they were added, with their SHA-256. */
    public Map<String, String> checksums() {
        return Collections.unmodifiableMap(checksums);
    }

    public int size() {
        return checksums.size();
    }

    /** The manifest's text: {@code <sha256>  <path>\n} per file, in the order they were added. */
    public String format() {
        StringBuilder text = new StringBuilder(checksums.size() * 100);
        checksums.forEach((path, sha) -> text.append(sha).append("  ").append(path).append('\n'));
        return text.toString();
    }

    /**
     * Reads a manifest in {@code sha256sum} format (text {@code "  "} or binary {@code " *"} mode); blank lines are
     * skipped.
     *
     * @throws IllegalArgumentException naming the first line that is not a checksum line
     */
    public static EvidenceManifest parse(String text) {
        EvidenceManifest manifest = new EvidenceManifest();
        int n = 0;
        for (String line : text.split("\n", -1)) {
            n++;
            String l = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
            if (l.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(l);
            if (!m.matches()) {
                throw new IllegalArgumentException("line " + n + " is not '<sha256>  <path>': " + l);
            }
            manifest.add(m.group(2), m.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        return manifest;
    }

    /**
     * Checks files against the manifest as {@code sha256sum -c} would, and also that nothing is unlisted.
     *
     * @param files every file of the pack but the manifest, by path, with its content
     * @return the problems, e.g. {@code "ledger.csv: FAILED"}, {@code "x.csv: not listed"}; empty when all is well
     */
    public List<String> verify(Map<String, byte[]> files) {
        List<String> problems = new ArrayList<>();
        checksums.forEach((path, sha) -> {
            byte[] content = files.get(path);
            if (content == null) {
                problems.add(path + ": missing");
            } else if (!sha.equals(sha256(content))) {
                problems.add(path + ": FAILED");
            }
        });
        for (String path : files.keySet()) {
            if (!checksums.containsKey(path)) {
                problems.add(path + ": not listed");
            }
        }
        return problems;
    }

    /** SHA-256 of bytes, lower-case hex. */
    public static String sha256(byte[] content) {
        return HexFormat.of().formatHex(digest().digest(content));
    }

    /** A fresh SHA-256 digest. */
    public static MessageDigest digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** The manifest's text as UTF-8 bytes. */
    public byte[] bytes() {
        return format().getBytes(StandardCharsets.UTF_8);
    }
}
