#!/bin/sh
# k8s-2/connect (connect): connect to root@10.118.10.21:22, verify the host key, authenticate
set -eu
'true'
