#!/bin/sh
# wk-1/connect (connect): connect to root@192.168.10.21:22, verify the host key, authenticate
set -eu
'true'
