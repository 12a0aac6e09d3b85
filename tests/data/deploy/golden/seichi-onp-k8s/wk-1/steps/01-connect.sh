#!/bin/sh
# wk-1/connect (connect): connect to cloudinit@192.168.18.21:22, verify the host key, authenticate (through jump host bastion)
# after: bastion/connect
set -eu
'true'
