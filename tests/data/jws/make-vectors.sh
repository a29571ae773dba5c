#!/bin/bash
# Makes the keys and tokens of tests/data/jws/ with the openssl command line only, so that the
# verifier is checked against signatures it did not make itself. Re-running makes new keys and
# new tokens; the tests read whatever is here. See README.md.
set -euo pipefail
cd "$(dirname "$0")"
umask 022

b64url() { basenc --base64url -w0 | tr -d '='; }

# R || S of fixed size from an ECDSA DER signature (RFC 7518 section 3.4).
der_to_raw() {
    local der=$1 half=$2
    openssl asn1parse -inform DER -in "$der" | awk -F: '/INTEGER/ {print $NF}' | while read -r hex; do
        printf '%0*s' $((half * 2)) "$hex" | tr ' ' '0'
    done | xxd -r -p
}

# token ALG HEADER-JSON PAYLOAD-JSON SIGN-COMMAND... : prints the compact JWS.
make_token() {
    local header=$1 payload=$2; shift 2
    local input
    input="$(printf '%s' "$header" | b64url).$(printf '%s' "$payload" | b64url)"
    printf '%s' "$input" > input.tmp
    "$@" < input.tmp > sig.tmp
    printf '%s.%s\n' "$input" "$(b64url < sig.tmp)"
    rm -f input.tmp sig.tmp
}

sign_rsa() { openssl dgst "-$1" -sign "$2" -binary; }
sign_pss() { openssl dgst "-$1" -sign "$2" -sigopt rsa_padding_mode:pss -sigopt rsa_pss_saltlen:digest \
    -sigopt rsa_mgf1_md:"$1" -binary; }
sign_ec() { openssl dgst "-$1" -sign "$2" -binary > ec.der; der_to_raw ec.der "$3"; rm -f ec.der; }
sign_ed() { cat > ed.in; openssl pkeyutl -sign -rawin -inkey "$1" -in ed.in; rm -f ed.in; }
sign_hmac() { openssl dgst "-${1,,}" -mac HMAC -macopt "hexkey:$2" -binary; }

openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out rsa2048-private.pem 2>/dev/null
openssl pkey -in rsa2048-private.pem -pubout -out rsa2048-public.pem
openssl rsa -in rsa2048-private.pem -RSAPublicKey_out -out rsa2048-pkcs1-public.pem 2>/dev/null
openssl req -new -x509 -key rsa2048-private.pem -subj "/CN=verifier test" -days 36500 -out rsa2048-cert.pem
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:1024 -out rsa1024-private.pem 2>/dev/null
openssl pkey -in rsa1024-private.pem -pubout -out rsa1024-public.pem
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out other-rsa2048-private.pem 2>/dev/null
openssl pkey -in other-rsa2048-private.pem -pubout -out other-rsa2048-public.pem
for curve in P-256 P-384 P-521; do
    openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:$curve -out "ec-$curve-private.pem"
    openssl pkey -in "ec-$curve-private.pem" -pubout -out "ec-$curve-public.pem"
done
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-384 -out other-ec-P-384-private.pem
openssl pkey -in other-ec-P-384-private.pem -pubout -out other-ec-P-384-public.pem
openssl genpkey -algorithm ED448 -out other-ed448-private.pem
openssl pkey -in other-ed448-private.pem -pubout -out other-ed448-public.pem
openssl ecparam -name secp256k1 -genkey -noout -out ec-secp256k1-private.pem
openssl pkey -in ec-secp256k1-private.pem -pubout -out ec-secp256k1-public.pem
for ed in ED25519 ED448; do
    openssl genpkey -algorithm $ed -out "${ed,,}-private.pem"
    openssl pkey -in "${ed,,}-private.pem" -pubout -out "${ed,,}-public.pem"
done
openssl pkey -in rsa2048-private.pem -aes-128-cbc -passout pass:not-a-secret -out rsa2048-encrypted.pem

secret="openssl-made-hmac-secret-for-the-verifier-tests-0123456789"
secret_hex=$(printf '%s' "$secret" | xxd -p | tr -d '\n')
printf '%s\n' "$secret" > hmac-secret.txt
pem_hex=$(xxd -p < rsa2048-public.pem | tr -d '\n')

payload='{"iss":"https://issuer.example","sub":"verifier-test","iat":1764380400,"exp":4102444800}'
{
    for bits in 256 384 512; do
        echo "RS$bits $(make_token "{\"alg\":\"RS$bits\"}" "$payload" sign_rsa sha$bits rsa2048-private.pem)"
        echo "PS$bits $(make_token "{\"alg\":\"PS$bits\"}" "$payload" sign_pss sha$bits rsa2048-private.pem)"
        echo "HS$bits $(make_token "{\"alg\":\"HS$bits\"}" "$payload" sign_hmac SHA$bits "$secret_hex")"
    done
    echo "ES256 $(make_token '{"alg":"ES256"}' "$payload" sign_ec sha256 ec-P-256-private.pem 32)"
    echo "ES384 $(make_token '{"alg":"ES384"}' "$payload" sign_ec sha384 ec-P-384-private.pem 48)"
    echo "ES512 $(make_token '{"alg":"ES512"}' "$payload" sign_ec sha512 ec-P-521-private.pem 66)"
    echo "EdDSA-Ed25519 $(make_token '{"alg":"EdDSA"}' "$payload" sign_ed ed25519-private.pem)"
    echo "EdDSA-Ed448 $(make_token '{"alg":"EdDSA"}' "$payload" sign_ed ed448-private.pem)"
    echo "RS256-weak $(make_token '{"alg":"RS256"}' "$payload" sign_rsa sha256 rsa1024-private.pem)"
    # The algorithm-confusion attack: HS256 "signed" with the RSA public key's PEM bytes as the secret.
    echo "HS256-confusion $(make_token '{"alg":"HS256"}' "$payload" sign_hmac SHA256 "$pem_hex")"
} > tokens.txt
echo "made $(wc -l < tokens.txt) tokens"
