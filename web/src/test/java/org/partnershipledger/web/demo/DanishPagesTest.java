package org.partnershipledger.web.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.partnershipledger.web.PageSession;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Every page a demo user can reach by following links, read in Danish, holds no English and no ids: a
 * municipality piloting the ledger reads it in Danish from the first page to the last, refusals and the
 * "not found" page included, and the demo's own content reads as the Danish field reports do.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DanishPagesTest {

    private static Path directory;

    /** English words and phrases a page's copy or the demo's texts could slip in (matched as whole words). */
    private static final List<String> ENGLISH = List.of(
            """
            the, The, and, with, With, of, is, was, were, not, Not, this, This, that, which, from, your, Your,
            you, You, has, been, will, should, would, Pair, pair, Meeting, meeting, Meetings, Agreement,
            agreement, Partnership, partnership, Partnerships, Decision, decision, Decisions, Conflict,
            conflict, Conflicts, Sign in, Sign out, Save, Cancel, Submit, Next, Previous, Back, Active, Ended,
            Signed, signed, Experience expert, Strategic leader, Programme, programme, Researcher, Notice,
            notice, Proposal, proposal, Diary, diary, Entry, Shared, Private, Steering group, steering group,
            Working group, Home, Error, Not found, Forbidden, Something went wrong, No partnership, Timeline,
            Agenda, Minutes, Attendees, Representative, Persons, Date, Reason, reason, Consent, Object,
            Abstain, Adopted, Blocked, Pending, Resolved, Escalated, Raised, Withdrew, withdrew, Next time,
            Looking back, Visit, Coffee, walk, Following, Tired, strange, expected, Only, only, woman, women,
            Women, press, release, warning, without, Without, about, About
            """
                    .strip()
                    .split(",\\s*"));

    private static final Pattern ENGLISH_WORDS = Pattern.compile("(?<![\\p{L}\\p{N}-])("
            + String.join("|", ENGLISH.stream().map(Pattern::quote).toList()) + ")(?![\\p{L}\\p{N}-])");

    /** Ids as the ledger makes and the demo names them: UUIDs (or their first part), person ids, pair ids. */
    private static final Pattern IDS = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"
            + "|(?<![\\p{L}\\p{N}])[0-9a-f]{8}-(?![\\p{L}\\p{N}])"
            + "|(?<![\\p{L}\\p{N}])p-[a-z2-9]{20}(?![\\p{L}\\p{N}])"
            + "|(?<![\\p{L}\\p{N}])par-[0-9]+(?![\\p{L}\\p{N}])" + "|-expert\\b|-leader\\b"
            + "|ligevaerdige-|vold-mod-kvinder|groenlaendere-i|aeldres-trivsel|\\b(?:vmk|gie|ata)-[a-z]");

    private static final Pattern LINKS = Pattern.compile("<a\\b[^>]*\\bhref=\"([^\"]+)\"");
    private static final Pattern READ_ATTRIBUTES =
            Pattern.compile("\\b(?:title|aria-label|placeholder|alt)=\"([^\"]*)\"");

    @LocalServerPort
    int port;

    @DynamicPropertySource
    static void demoOnAnEmptyStore(DynamicPropertyRegistry registry) throws Exception {
        directory = Files.createTempDirectory("ledger-danish");
        registry.add("ledger.data-dir", directory::toString);
        registry.add("ledger.mongodb.uri", () -> "");
        registry.add("ledger.demo", () -> "true");
    }

    @Test
    void everyPageADemoUserReachesInDanishHoldsNoEnglishAndNoIds() throws Exception {
        List<String> lines = Files.readAllLines(directory.resolve(DemoUsers.FILE));
        String password = lines.get(0).substring(lines.get(0).lastIndexOf(' ') + 1);
        List<String> usernames = lines.stream()
                .skip(1)
                .filter(line -> !line.isBlank())
                .map(line -> line.split("\\s+")[0])
                .toList();
        assertThat(usernames).contains("hanne-lund", "jonas-bech", "birgit-moeller", "anna-mortensen");
        awaitTheReadModels(PageSession.signIn(port, "hanne-lund", password, "da"));

        Map<String, String> findings = new TreeMap<>();
        Map<String, Integer> pages = new TreeMap<>();
        for (String username : usernames) {
            PageSession session = PageSession.signIn(port, username, password, "da");
            pages.put(username, walk(session, username, findings));
        }
        assertThat(pages.values().stream().mapToInt(Integer::intValue).sum())
                .as("pages read " + pages)
                .isGreaterThan(100);
        assertThat(findings)
                .as("English or ids on Danish pages (each with where it was first seen)")
                .isEmpty();
    }

    /** Follows every link from the start pages; a path is read once per set of query parameters it takes. */
    private static int walk(PageSession session, String username, Map<String, String> findings) throws Exception {
        Deque<String> next = new ArrayDeque<>(List.of("/", "/partnerships", "/programmes", "/persons", "/cases"));
        // What is not there, and what a reader may not read, is said in Danish too.
        next.add("/partnerships/no-such-partnership");
        next.add("/no-such-page");
        String vaw = "/partnerships/" + ViolenceAgainstWomen.ID.value();
        next.addAll(List.of(
                vaw,
                vaw + "/meetings/no-such-meeting",
                vaw + "/agreement/versions/99",
                vaw + "/agreement/diff?from=1&to=99",
                vaw + "/conflicts/no-such-conflict",
                vaw + "/diary/no-such-entry",
                "/programmes/no-such-programme",
                "/programmes/" + EqualPartnershipProgramme.ID.value()));
        Set<String> seen = new LinkedHashSet<>();
        int read = 0;
        while (!next.isEmpty() && read < 400) {
            String path = next.poll();
            if (!seen.add(shape(path))) {
                continue;
            }
            HttpResponse<String> page = session.get(path);
            String type = page.headers().firstValue("Content-Type").orElse("");
            // The timeline's drawing is read as well: its words are the page's (a figure for a paper).
            if (!type.startsWith("text/html") && !type.startsWith("image/svg+xml")) {
                continue;
            }
            read++;
            String body = page.body();
            for (String finding : findingsIn(body)) {
                findings.putIfAbsent(finding, username + " " + path);
            }
            Matcher link = LINKS.matcher(body);
            while (link.find()) {
                String href = link.group(1).replace("&amp;", "&");
                if (followed(href)) {
                    next.add(href);
                }
            }
        }
        return read;
    }

    private static boolean followed(String href) {
        return href.startsWith("/")
                && !href.startsWith("//")
                && !href.startsWith("/api")
                && !href.startsWith("/logout")
                && !href.startsWith("/css")
                && !href.startsWith("/js")
                && !href.startsWith("/swagger")
                && !href.startsWith("/v3")
                && !href.contains(".png")
                && !href.contains(".csv")
                && !href.contains("#");
    }

    /** A path with its query's parameter names, not their values (a timeline may be read as of any day). */
    private static String shape(String path) {
        int query = path.indexOf('?');
        if (query < 0) {
            return path;
        }
        List<String> names = new ArrayList<>();
        for (String parameter : path.substring(query + 1).split("&")) {
            names.add(parameter.split("=")[0]);
        }
        return path.substring(0, query) + "?" + new TreeSet<>(names);
    }

    /** What a reader sees: the text between tags and the attributes read aloud or shown on hover. */
    static List<String> findingsIn(String html) {
        String page = html.replaceAll("(?s)<script\\b.*?</script>", " ")
                .replaceAll("(?s)<style\\b.*?</style>", " ")
                .replaceAll("(?s)<!--.*?-->", " ");
        StringBuilder read = new StringBuilder();
        Matcher attribute = READ_ATTRIBUTES.matcher(page);
        while (attribute.find()) {
            read.append(attribute.group(1)).append('\n');
        }
        read.append(page.replaceAll("(?s)<[^>]*>", "\n"));
        List<String> findings = new ArrayList<>();
        for (String line : read.toString()
                .replace("&#39;", "'")
                .replace("&quot;", "\"")
                .replace("&amp;", "&")
                .split("\n")) {
            String text = line.strip();
            if (text.isEmpty()) {
                continue;
            }
            Matcher english = ENGLISH_WORDS.matcher(text);
            if (english.find()) {
                findings.add("English \"" + english.group(1) + "\" in \"" + abbreviated(text) + "\"");
            }
            Matcher id = IDS.matcher(text);
            if (id.find()) {
                findings.add("id \"" + id.group() + "\" in \"" + abbreviated(text) + "\"");
            }
        }
        return findings;
    }

    private static String abbreviated(String text) {
        return text.length() <= 120 ? text : text.substring(0, 117) + "…";
    }

    // Pair partnerships are formed and projections filled a moment after the demo's commands.
    private static void awaitTheReadModels(PageSession facilitator) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (System.nanoTime() < deadline) {
            String list = facilitator.get("/partnerships").body();
            if (list.split("href=\"/partnerships/[^\"/]+\"").length > 7) {
                Thread.sleep(2_000);
                return;
            }
            Thread.sleep(200);
        }
    }
}
