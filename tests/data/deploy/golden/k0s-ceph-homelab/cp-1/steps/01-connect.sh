#!/bin/sh
# cp-1/connect (connect): connect to root@192.168.10.11:22, verify the host key, authenticate
set -eu
'true'
