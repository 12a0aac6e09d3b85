#!/bin/sh
# k8s-1/connect (connect): connect to root@10.118.10.20:22, verify the host key, authenticate
set -eu
'true'
