# The deployment-specific half of summit-wire.vcl, for docker-compose.yml: the app nodes, who
# may purge, and how long a soft-purged page may still be served. The tests write their own
# (tests/support/varnish.ts); this one must agree with docker-compose.yml's network.
#
# Hostnames are resolved once, when the VCL loads; docker-compose.yml pins the nodes' addresses,
# so a recreated container comes back where Varnish expects it.

backend app1 {
    .host = "app";
    .port = "3000";
    .probe = app_health;
    # A node that does not accept at once is down: readers get the stale copy instead.
    .connect_timeout = 2s;
}

backend app2 {
    .host = "app2";
    .port = "3000";
    .probe = app_health;
    .connect_timeout = 2s;
}

# PURGE is taken only from the app nodes. Their addresses (10.218.18.16/28 in
# docker-compose.yml's network) exclude the gateway Docker's port publishing connects
# from, so no request from outside the compose network can purge.
acl purgers {
    "10.218.18.16"/28;
}

sub vcl_init {
    new app_nodes = directors.round_robin();
    app_nodes.add_backend(app1);
    app_nodes.add_backend(app2);
}

# Soft-purged pages may be served stale for this long while one fetch refreshes them; it is
# also the whole grace while any app node is well.
sub edge_soft_purge_bound {
    set req.grace = 300s;
}
