#!/bin/sh
# Checks SIPAKAM_BACKEND_UPSTREAM, the backend's address on this network that nginx forwards the
# store API to (default.conf.template), and writes /config.js, the storefront's runtime
# configuration (storefront/src/lib/config.ts):
#   window.__SIPAKAM_CONFIG__ = {"backendUrl": "...", "publishableKey": "pk_...", "stripePublishableKey": null};
# from BACKEND_URL, STRIPE_PUBLISHABLE_KEY and the publishable API key: MEDUSA_PUBLISHABLE_KEY
# when set, else the file that the backend's `migrate` service writes on the shared
# storefront-config volume (STOREFRONT_CONFIG_FILE). It also writes the security headers that
# every location serving the build includes (default.conf.template): the build's own
# (storefront/plugins/security-headers.ts), with Stripe's sources exactly when Stripe is on and
# the backend's origin, from BACKEND_URL, in its content security policy. The nginx image's
# entrypoint runs this before nginx starts; a non-zero exit stops the container with the reason
# in its log.
set -eu

ME=$(basename "$0")
fail() {
    echo "$ME: error: $*" >&2
    exit 1
}

key_file=${STOREFRONT_CONFIG_FILE:-/run/sipakam/publishable-key}
target=${SIPAKAM_CONFIG_JS:-/usr/share/nginx/html/config.js}
headers_dir=${SIPAKAM_SECURITY_HEADERS_DIR:-/etc/nginx/sipakam}

backend_upstream=${SIPAKAM_BACKEND_UPSTREAM:-}
backend_url=${BACKEND_URL:-}
publishable_key=${MEDUSA_PUBLISHABLE_KEY:-}
stripe_key=${STRIPE_PUBLISHABLE_KEY:-${VITE_STRIPE_PUBLISHABLE_KEY:-}}

if [ -z "$publishable_key" ]; then
    [ -r "$key_file" ] ||
        fail "no publishable API key: $key_file is missing (the migrate service writes it) and MEDUSA_PUBLISHABLE_KEY is not set"
    publishable_key=$(tr -d ' \t\r\n' <"$key_file")
fi

# A path after the address would replace every forwarded request's path (nginx's proxy_pass).
case "$backend_upstream" in
    http://*/* | https://*/*) fail "SIPAKAM_BACKEND_UPSTREAM must be an address without a path, such as http://backend:9000; got '$backend_upstream'" ;;
    http://?* | https://?*) ;;
    *) fail "SIPAKAM_BACKEND_UPSTREAM must be the backend's address on this network, such as http://backend:9000; got '$backend_upstream'" ;;
esac
case "$backend_url" in
    http://?* | https://?*) ;;
    *) fail "BACKEND_URL must be the backend's public http(s) URL, as browsers reach it; got '$backend_url'" ;;
esac
case "$publishable_key" in
    pk_?*) ;;
    *) fail "the publishable API key must start with pk_" ;;
esac
# A Stripe secret key (sk_, rk_) here would be published to every visitor.
case "$stripe_key" in
    "" | pk_?*) ;;
    *) fail "STRIPE_PUBLISHABLE_KEY must be Stripe's publishable key (pk_...), never a secret key" ;;
esac
for value in "$backend_upstream" "$backend_url" "$publishable_key" "$stripe_key"; do
    case "$value" in
        *[[:cntrl:]]*) fail "the backend's addresses and the keys must not contain control characters" ;;
    esac
done

# A JSON string literal: only backslash and double quote need escaping once control
# characters are ruled out.
json_string() {
    printf '"%s"' "$(printf '%s' "$1" | sed -e 's/\\/\\\\/g' -e 's/"/\\"/g')"
}

stripe_json=null
if [ -n "$stripe_key" ]; then
    stripe_json=$(json_string "$stripe_key")
fi

# The backend's origin (scheme, host, port) for the content security policy; nginx would read a
# "$" or quote in it as part of its own syntax, so only host characters are accepted.
backend_origin=$(printf '%s' "$backend_url" | sed -E 's#^(https?://[^/?#]+).*$#\1#')
printf '%s' "$backend_origin" | grep -Eq '^https?://[A-Za-z0-9.-]+(:[0-9]+)?$' ||
    fail "BACKEND_URL must be an http(s) URL whose host is a name or an IPv4 address; got '$backend_url'"
headers_source="$headers_dir/security-headers.nginx.conf"
if [ -n "$stripe_key" ]; then
    headers_source="$headers_dir/security-headers-stripe.nginx.conf"
fi
[ -r "$headers_source" ] || fail "$headers_source is missing: the image's build writes it"
sed "s#__SIPAKAM_BACKEND_ORIGIN__#$backend_origin#g" "$headers_source" >"$headers_dir/security-headers.conf.partial"
mv -f "$headers_dir/security-headers.conf.partial" "$headers_dir/security-headers.conf"

# Written beside the target and renamed, so nginx never serves half a file.
partial="$target.partial"
printf 'window.__SIPAKAM_CONFIG__ = {"backendUrl": %s, "publishableKey": %s, "stripePublishableKey": %s};\n' \
    "$(json_string "$backend_url")" "$(json_string "$publishable_key")" "$stripe_json" >"$partial"
chmod 0644 "$partial"
mv -f "$partial" "$target"
echo "$ME: wrote $target (backendUrl $backend_url, Stripe $([ -n "$stripe_key" ] && echo on || echo off))"
