#!/bin/sh
# k8s-3/connect (connect): connect to root@10.118.10.22:22, verify the host key, authenticate
set -eu
'true'
