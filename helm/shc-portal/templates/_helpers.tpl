{{/*
Names and labels (the helm create scaffold).
*/}}
{{- define "shc-portal.name" -}}
{{- default .Chart.Name .Values.nameOverride | trunc 63 | trimSuffix "-" }}
{{- end }}

{{/*
The release's full name, truncated to 63 characters (the DNS label limit of Kubernetes names).
*/}}
{{- define "shc-portal.fullname" -}}
{{- if .Values.fullnameOverride }}
{{- .Values.fullnameOverride | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- $name := default .Chart.Name .Values.nameOverride }}
{{- if contains $name .Release.Name }}
{{- .Release.Name | trunc 63 | trimSuffix "-" }}
{{- else }}
{{- printf "%s-%s" .Release.Name $name | trunc 63 | trimSuffix "-" }}
{{- end }}
{{- end }}
{{- end }}

{{- define "shc-portal.chart" -}}
{{- printf "%s-%s" .Chart.Name .Chart.Version | replace "+" "_" | trunc 63 | trimSuffix "-" }}
{{- end }}

{{- define "shc-portal.labels" -}}
helm.sh/chart: {{ include "shc-portal.chart" . }}
{{ include "shc-portal.selectorLabels" . }}
app.kubernetes.io/version: {{ .Values.image.tag | default .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
app.kubernetes.io/part-of: shc-portal
{{- with .Values.commonLabels }}
{{ toYaml . }}
{{- end }}
{{- end }}

{{- define "shc-portal.selectorLabels" -}}
app.kubernetes.io/name: {{ include "shc-portal.name" . }}
app.kubernetes.io/instance: {{ .Release.Name }}
{{- end }}

{{- define "shc-portal.serviceAccountName" -}}
{{- if .Values.serviceAccount.create }}
{{- default (include "shc-portal.fullname" .) .Values.serviceAccount.name }}
{{- else }}
{{- default "default" .Values.serviceAccount.name }}
{{- end }}
{{- end }}

{{- define "shc-portal.image" -}}
{{- if .Values.image.digest }}
{{- printf "%s@%s" .Values.image.repository .Values.image.digest }}
{{- else }}
{{- printf "%s:%s" .Values.image.repository (.Values.image.tag | default .Chart.AppVersion) }}
{{- end }}
{{- end }}

{{/*
Required settings, one named template each, so that a missing one fails the rendering with a message that says what
to set (and never falls back to a generated key or a default database).
*/}}
{{- define "shc-portal.issuerUrl" -}}
{{- $url := required "issuer.url is required: the portal's public https origin, e.g. https://portal.example.org" .Values.issuer.url }}
{{- if or (not (hasPrefix "https://" $url)) (hasSuffix "/" $url) }}
{{- fail (printf "issuer.url must start with https:// and have no trailing slash (got %q)" $url) }}
{{- end }}
{{- $url }}
{{- end }}

{{- define "shc-portal.signingKeysSecret" -}}
{{- required "signingKeys.existingSecret is required: create the signing-key Secret first (see the chart's README, \"Signing keys\")" .Values.signingKeys.existingSecret }}
{{- end }}

{{- define "shc-portal.ridSecretSecret" -}}
{{- required "ridSecret.existingSecret is required: create the rid-secret Secret first (see the chart's README, \"Signing keys\")" .Values.ridSecret.existingSecret }}
{{- end }}

{{- define "shc-portal.databaseHost" -}}
{{- required "externalDatabase.host is required: the portal needs an external PostgreSQL" .Values.externalDatabase.host }}
{{- end }}

{{- define "shc-portal.databaseSecret" -}}
{{- required "externalDatabase.existingSecret is required: a Secret holding the database password" .Values.externalDatabase.existingSecret }}
{{- end }}

{{- define "shc-portal.jdbcUrl" -}}
{{- $url := printf "jdbc:postgresql://%s:%v/%s" (include "shc-portal.databaseHost" .) .Values.externalDatabase.port .Values.externalDatabase.database }}
{{- if .Values.externalDatabase.jdbcParameters }}
{{- $url = printf "%s?%s" $url .Values.externalDatabase.jdbcParameters }}
{{- end }}
{{- $url }}
{{- end }}

{{- define "shc-portal.ingressHostname" -}}
{{- default (urlParse (include "shc-portal.issuerUrl" .)).host .Values.ingress.hostname }}
{{- end }}

{{/*
Where the portal reads its key material. The init container copies the Secrets' files here (an in-memory emptyDir),
owned by the portal's user with mode 0400, because the portal refuses key files that group or others may read and a
Secret volume's files are group-readable (fsGroup) or root's.
*/}}
{{- define "shc-portal.issuerDir" -}}/etc/shc-portal/issuer{{- end }}
{{- define "shc-portal.googleWalletKeyFile" -}}/etc/shc-portal/google-wallet/service-account.json{{- end }}

{{- define "shc-portal.googleWalletEnabled" -}}
{{- if and .Values.googleWallet.issuerId .Values.googleWallet.existingSecret }}true{{- end }}
{{- end }}
