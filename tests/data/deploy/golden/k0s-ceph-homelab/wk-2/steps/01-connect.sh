#!/bin/sh
# wk-2/connect (connect): connect to root@192.168.10.22:22, verify the host key, authenticate
set -eu
'true'
