# Sourced by the measuring scripts: signs the demo oncologist in through the real form (antiforgery token included)
# and prints the authentication cookie as "omics.auth=<value>", or fails.
#   usage: cookie=$(omics_perf_sign_in <base-url> <demo-password> <cookie-jar>)
omics_perf_sign_in() {
  local base=$1 password=$2 jar=$3 token cookie
  token=$(curl -s -c "$jar" -b "$jar" "$base/Account/Login" | grep -o 'name="__RequestVerificationToken" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -c "$jar" -b "$jar" -o /dev/null -X POST "$base/Account/Login" --data-urlencode "_handler=login" \
    --data-urlencode "__RequestVerificationToken=$token" --data-urlencode "Input.Email=oncologist@demo.omics.example" \
    --data-urlencode "Input.Password=$password"
  cookie=$(awk '$6 == "omics.auth" {print $6"="$7}' "$jar")
  [ -n "$cookie" ] || { echo "sign-in failed" >&2; return 1; }
  echo "$cookie"
}
