vcl 4.1;

# Summit Wire's edge cache. The app nodes say what to keep and for how long (Surrogate-Control,
# xkey) and purge by those keys when content changes, so reader pages can live here for a day.
# Anything personal is never stored. backends.vcl (next to this file in docker-compose, written
# by the tests for their own stand-in apps) is the only part that differs between deployments.

import directors;
import std;
import vsthrottle;
import xkey;

# The app's cheap liveness answer. A node is marked sick after two failed probes out of three
# (about four seconds), well again after two good ones; it starts out well, so the first readers
# after a restart are not turned away before the first probe.
probe app_health {
    .request =
        "GET /api/health HTTP/1.1"
        "Host: edge-probe"
        "User-Agent: summit-wire-edge"
        "Connection: close";
    .interval = 2s;
    .timeout = 1s;
    .window = 3;
    .threshold = 2;
    .initial = 2;
}

include "backends.vcl";

sub vcl_recv {
    set req.backend_hint = app_nodes.backend();
    # Set only by vcl_synth below, never by a client.
    if (req.restarts == 0) {
        unset req.http.X-Edge-Stale-If-Error;
    }
    # An absolute-form request line would slip past the path rules below.
    if (req.url ~ "^[a-zA-Z][a-zA-Z0-9+.-]*://") {
        set req.http.Host = regsub(req.url, "^[^:]+://([^/?#]*).*$", "\1");
        set req.url = regsub(req.url, "^[^:]+://[^/?#]*", "");
        if (req.url !~ "^/") {
            set req.url = "/" + req.url;
        }
    }

    if (req.method == "PURGE") {
        call edge_purge;
    }

    # What the app trusts about the request comes from here, never from the client.
    if (local.socket == "tls") {
        set req.http.X-Forwarded-Proto = "https";
    } else {
        set req.http.X-Forwarded-Proto = "http";
    }
    unset req.http.X-Forwarded-Host;
    if (req.http.Host) {
        set req.http.X-Forwarded-Host = req.http.Host;
    }
    set req.http.X-Real-IP = client.ip;
    # Next's internal marker: a client has no business sending it (CVE-2025-29927).
    unset req.http.X-Middleware-Subrequest;

    call edge_rate_limits;

    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # The admin and the API (health, preview, REST, GraphQL): always the app's own answer.
    # A prefix match, as in deploy/nginx.conf: it errs on the side of never. Uploaded images
    # (/api/media/file/…) are the exception: public, the same for every reader, and behind
    # them the bucket; they are kept for their Surrogate-Control lifetime like pages.
    if (req.url ~ "^/(admin|api)" && req.url !~ "^/api/media/file/[^/?]+$") {
        return (pass);
    }
    # HTTP/1 clients may send several Cookie lines; a check on the first alone could miss one.
    std.collect(req.http.Cookie, "; ");
    if (req.http.Authorization
        || req.http.Cookie ~ "(^|;)\s*(payload-token|__prerender_bypass|__next_preview_data)=") {
        return (pass);
    }
    # Reader pages render the same for everyone: other cookies (analytics) would only split the cache.
    unset req.http.Cookie;

    call edge_normalise_url;
    if (req.http.Host) {
        set req.http.Host = std.tolower(req.http.Host);
    }

    # Grace: while some app node is well, a stale page is served only within the soft-purge bound
    # (while it is refreshed); with every node down, an object's whole grace (a day) applies.
    if (req.http.X-Edge-Stale-If-Error) {
        # Whatever an object's own grace allows (req.grace outlives a restart: lift it).
        set req.grace = 24h;
    } else if (std.healthy(req.backend_hint)) {
        call edge_soft_purge_bound;
    }
    return (hash);
}

# Per reader, generous enough that a person never meets them (the limits the nginx entry had).
# Login: Payload locks an account after five failures, but anyone can try many accounts; ten
# a minute, then one every six seconds. Search is the one reader page anyone can make the app
# render at will: twenty at once, then five a second.
sub edge_rate_limits {
    if (req.method == "POST" && req.url ~ "^/api/users/login(\?|$)"
        && vsthrottle.is_denied("login " + client.ip, 10, 60s)) {
        return (synth(429, "Too Many Requests"));
    }
    if (req.url ~ "^/search(\?|$)" && vsthrottle.is_denied("search " + client.ip, 20, 4s)) {
        return (synth(429, "Too Many Requests"));
    }
}

# Tracking parameters dropped, the rest sorted, an empty `?` removed: one object per page.
sub edge_normalise_url {
    if (req.url ~ "\?") {
        set req.url = regsuball(req.url,
            "(?<=[?&])(utm_[^=&]*|gclid|gbraid|wbraid|dclid|fbclid|msclkid|twclid|ttclid|yclid|mc_cid|mc_eid|_ga|_gl|igshid)(=[^&]*)?(&|$)",
            "");
        set req.url = std.querysort(req.url);
        set req.url = regsub(req.url, "[?&]+$", "");
    }
}

sub edge_purge {
    # The public TLS listener never purges, whoever is behind it.
    if (local.socket == "tls") {
        return (synth(405, "Method Not Allowed"));
    }
    if (client.ip !~ purgers) {
        return (synth(403, "Forbidden"));
    }
    if (!req.http.xkey-purge && !req.http.xkey-softpurge) {
        return (synth(400, "Name keys in xkey-purge or xkey-softpurge"));
    }
    set req.http.X-Purged = 0;
    if (req.http.xkey-purge) {
        set req.http.X-Purged = std.integer(req.http.X-Purged, 0) + xkey.purge(req.http.xkey-purge);
    }
    if (req.http.xkey-softpurge) {
        set req.http.X-Purged = std.integer(req.http.X-Purged, 0) + xkey.softpurge(req.http.xkey-softpurge);
    }
    return (synth(200, "Purged"));
}

sub vcl_hash {
    hash_data(req.url);
    if (req.http.Host) {
        hash_data(req.http.Host);
    } else {
        hash_data(server.ip);
    }
    # The app sends HSTS and builds absolute redirects from the protocol.
    hash_data(req.http.X-Forwarded-Proto);
    # Next answers the same URL with a component payload for client navigation and prefetch:
    # never the page's HTML object, whatever the app's Vary says.
    if (req.http.RSC) {
        hash_data("rsc:" + req.http.RSC);
    }
    if (req.http.Next-Router-Prefetch) {
        hash_data("prefetch:" + req.http.Next-Router-Prefetch);
    }
    if (req.http.Next-Router-Segment-Prefetch) {
        hash_data("segment:" + req.http.Next-Router-Segment-Prefetch);
    }
    return (lookup);
}

sub vcl_backend_fetch {
    unset bereq.http.X-Edge-Stale-If-Error;
}

sub vcl_backend_response {
    if (bereq.uncacheable) {
        return (deliver);
    }
    if (beresp.status >= 500) {
        # A background refresh that fails keeps the stale copy in service rather than replacing it.
        if (bereq.is_bgfetch) {
            return (abandon);
        }
        # Passed on once, never stored: the next reader tries the app again.
        set beresp.ttl = 0s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    if (beresp.http.Set-Cookie
        || beresp.http.Cache-Control ~ "(?i)(no-store|no-cache|private)"
        || beresp.http.Surrogate-Control ~ "(?i)no-store"
        || beresp.http.Vary == "*") {
        # Hit-for-miss: the next requests go to the app too, none waits for this one.
        set beresp.ttl = 120s;
        set beresp.uncacheable = true;
        return (deliver);
    }
    # Our own lifetime, for pages the app purges; Cache-Control (s-maxage=5) is for caches it
    # does not purge, and reaches clients unchanged.
    if (beresp.http.Surrogate-Control ~ "(?i)(^|[,\s])max-age=[0-9]+") {
        set beresp.ttl = std.duration(
            regsub(beresp.http.Surrogate-Control, "(?i)^(.*[,\s])?max-age=([0-9]+).*$", "\2") + "s",
            0s);
        set beresp.grace = 24h;
    }
    # Compressible bodies are stored gzipped once; clients without gzip get them unzipped.
    if (!beresp.http.Content-Encoding
        && beresp.http.Content-Type ~ "^(text/|application/(javascript|json|xml|rss\+xml|atom\+xml|feed\+json|manifest\+json)|image/svg\+xml)") {
        set beresp.do_gzip = true;
    }
    return (deliver);
}

sub vcl_backend_error {
    # No answer from the node the director chose (refused, timed out). Before the probes mark a
    # dead node sick, ask once more: the round-robin director resolves again and, with the
    # fetches between (background refreshes share its rotation), usually names another node.
    # GET and HEAD only: a POST might already have reached the app.
    if (bereq.retries == 0 && (bereq.method == "GET" || bereq.method == "HEAD")) {
        return (retry);
    }
    # No answer from any app node. Abandoning leaves a stale copy in place for grace, and hands
    # the reader to vcl_synth on the client side.
    return (abandon);
}

sub vcl_deliver {
    if (obj.uncacheable) {
        if (req.is_hitmiss) {
            set resp.http.X-Cache = "HITMISS";
        } else {
            set resp.http.X-Cache = "PASS";
        }
    } else if (obj.hits > 0) {
        if (obj.ttl <= 0s) {
            set resp.http.X-Cache = "STALE";
        } else {
            set resp.http.X-Cache = "HIT";
        }
    } else {
        set resp.http.X-Cache = "MISS";
    }
    # The edge's own instructions and keys are not the reader's business.
    unset resp.http.Surrogate-Control;
    unset resp.http.xkey;
    unset resp.http.Surrogate-Key;
    unset resp.http.Cache-Tag;
    unset resp.http.Via;
    unset resp.http.X-Varnish;
    return (deliver);
}

sub vcl_synth {
    # The fetch failed (vcl_backend_error). Before the probes notice that a node is gone, the
    # lookup only took stale copies within the soft-purge bound: look again with the whole
    # grace, so a page cached earlier is served (stale-if-error). GET and HEAD only: a POST
    # might already have reached the app.
    if (resp.status == 503 && req.restarts == 0 && (req.method == "GET" || req.method == "HEAD")) {
        set req.http.X-Edge-Stale-If-Error = "1";
        return (restart);
    }
    set resp.http.X-Cache = "SYNTH";
    set resp.http.Cache-Control = "no-store";
    unset resp.http.Via;
    unset resp.http.X-Varnish;
    unset resp.http.Server;
    if (resp.status == 503) {
        # A plain apology: no backend names, addresses or Varnish internals.
        set resp.http.Content-Type = "text/html; charset=utf-8";
        set resp.http.Retry-After = "5";
        synthetic({"<!doctype html>
<html lang="en"><meta charset="utf-8"><title>Summit Wire is briefly unavailable</title>
<h1>Summit Wire is briefly unavailable</h1>
<p>Please try again in a few seconds.</p>
</html>
"});
        return (deliver);
    }
    set resp.http.Content-Type = "text/plain; charset=utf-8";
    if (resp.status == 429) {
        set resp.http.Retry-After = "10";
    }
    if (req.method == "PURGE" && resp.status == 200) {
        set resp.http.X-Purged = req.http.X-Purged;
        synthetic("Purged " + req.http.X-Purged + " objects" + {"
"});
    } else {
        synthetic(resp.reason + {"
"});
    }
    return (deliver);
}
