#!/bin/sh
# SeaweedFS for docker-compose.yml: one process with the S3 gateway (master, volume, filer and
# S3 in `weed server`), whose one identity has the keys the app uses (S3_ACCESS_KEY_ID and
# S3_SECRET_ACCESS_KEY, letters and digits). The identity file is written at start, in the
# container only, so no key is kept in the repository or the image.
set -eu
: "${S3_ACCESS_KEY_ID:?set S3_ACCESS_KEY_ID}"
: "${S3_SECRET_ACCESS_KEY:?set S3_SECRET_ACCESS_KEY}"
case "$S3_ACCESS_KEY_ID$S3_SECRET_ACCESS_KEY" in
  *[!A-Za-z0-9]*) echo 'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY: letters and digits only' >&2; exit 1 ;;
esac
umask 077
cat > /tmp/s3.json <<JSON
{"identities":[{"name":"summit-wire","credentials":[{"accessKey":"$S3_ACCESS_KEY_ID","secretKey":"$S3_SECRET_ACCESS_KEY"}],"actions":["Admin","Read","Write","List","Tagging"]}]}
JSON
exec weed server -dir=/data -ip.bind=0.0.0.0 -master.volumeSizeLimitMB=1024 -s3 -s3.port=8333 -s3.config=/tmp/s3.json
