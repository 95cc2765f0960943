package org.shcportal.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import com.marcnuri.helm.TemplateCommand;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;

/**
 * The Helm chart (helm/shc-portal), rendered by Helm itself (helm-java carries the helm library) and read back as
 * Kubernetes objects: what an operator installs is what these tests look at. No cluster and no portal are needed.
 */
class HelmChartTest {

    private static final Path CHART = Path.of("helm", "shc-portal");
    private static final Path TEST_VALUES = CHART.resolve("ci").resolve("test-values.yaml");
    /** The oldest Kubernetes the chart supports (Chart.yaml kubeVersion); helm-java would otherwise assume 1.20. */
    private static final String KUBE_VERSION = "1.25.0";
    private static final String ISSUER = "https://portal.immunization-registry.example";
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static String rendered;
    private static List<HasMetadata> manifests;

    @BeforeAll
    static void render() {
        rendered = template().withValuesFile(TEST_VALUES).call();
        manifests = new KubernetesSerialization().unmarshal(rendered);
    }

    @Test
    void lintAndTemplateRefuseDefaultValuesWithoutTheSigningKeySecret() {
        LintResult lint = new Helm(CHART).lint().call();
        assertThat(lint.isFailed()).isTrue();
        assertThat(String.join("\n", lint.getMessages())).contains("/signingKeys/existingSecret");

        assertThatThrownBy(() -> template().call())
                .hasMessageContaining("/signingKeys/existingSecret")
                .hasMessageContaining("/ridSecret/existingSecret");
    }

    @Test
    void aCompleteConfigurationWithoutTheSigningKeySecretIsRefused() {
        assertThatThrownBy(() -> template().withValuesFile(TEST_VALUES).set("signingKeys.existingSecret", "").call())
                .hasMessageContaining("/signingKeys/existingSecret");
    }

    @Test
    void lintPassesWithTheTestValues(@TempDir Path copy) throws IOException {
        Path chart = copyWithValues(copy.resolve("shc-portal"), TEST_VALUES);

        LintResult lint = new Helm(chart).lint().strict().call();

        assertThat(lint.getMessages()).noneMatch(message -> message.contains("[ERROR]") || message.contains("[WARNING]"));
        assertThat(lint.isFailed()).isFalse();
    }

    @Test
    void everyValueIsDocumented() throws IOException {
        Set<String> documented = new HashSet<>();
        Matcher param = Pattern.compile("## @param (\\S+) ").matcher(Files.readString(CHART.resolve("values.yaml")));
        while (param.find()) {
            documented.add(param.group(1));
        }
        Map<String, Object> values = YAML.readValue(CHART.resolve("values.yaml").toFile(), new TypeReference<>() {
        });

        assertThat(leafKeys("", values)).allSatisfy(key -> assertThat(documented)
                .as("## @param for %s or a key above it", key)
                .anyMatch(doc -> key.equals(doc) || key.startsWith(doc + ".")));
    }

    @Test
    void everyResourceOfAProductionInstallIsRendered() {
        assertThat(manifests).extracting(HasMetadata::getKind).containsExactlyInAnyOrder("NetworkPolicy",
                "PodDisruptionBudget", "ServiceAccount", "ConfigMap", "Service", "Deployment", "HorizontalPodAutoscaler",
                "Ingress");
    }

    @Test
    void probesUseTheHealthEndpointsOnTheManagementPort() {
        Container portal = portal();
        assertThat(portal.getPorts()).extracting(port -> port.getName() + ":" + port.getContainerPort())
                .containsExactly("http:8080", "management:9000");
        assertHttpProbe(portal.getStartupProbe(), "/q/health/started");
        assertHttpProbe(portal.getLivenessProbe(), "/q/health/live");
        assertHttpProbe(portal.getReadinessProbe(), "/q/health/ready");
    }

    @Test
    void everyContainerRunsLockedDown() {
        PodSpec pod = podSpec();
        assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
        assertThat(pod.getSecurityContext().getSeccompProfile().getType()).isEqualTo("RuntimeDefault");
        assertThat(pod.getAutomountServiceAccountToken()).isFalse();
        assertThat(Stream.concat(pod.getInitContainers().stream(), pod.getContainers().stream())).allSatisfy(container -> {
            SecurityContext security = container.getSecurityContext();
            assertThat(security.getRunAsNonRoot()).as(container.getName()).isTrue();
            assertThat(security.getReadOnlyRootFilesystem()).as(container.getName()).isTrue();
            assertThat(security.getAllowPrivilegeEscalation()).as(container.getName()).isFalse();
            assertThat(security.getCapabilities().getDrop()).as(container.getName()).containsExactly("ALL");
            assertThat(security.getSeccompProfile().getType()).as(container.getName()).isEqualTo("RuntimeDefault");
            assertThat(container.getResources().getRequests()).as(container.getName()).containsKeys("cpu", "memory");
            assertThat(container.getResources().getLimits()).as(container.getName()).containsKey("memory");
        });
    }

    @Test
    void onlyTmpIsWritable() {
        Volume tmp = volume("tmp");
        assertThat(tmp.getEmptyDir()).isNotNull();
        assertThat(portal().getVolumeMounts()).filteredOn(mount -> !Boolean.TRUE.equals(mount.getReadOnly()))
                .extracting(VolumeMount::getMountPath).containsExactly("/tmp");
    }

    @Test
    void secretsAreMountedReadOnlyOwnerOnlyAndNeverCopiedIntoManifests() {
        assertThat(volume("signing-keys").getSecret().getSecretName()).isEqualTo("shc-portal-signing-keys");
        assertThat(volume("rid-secret").getSecret().getSecretName()).isEqualTo("shc-portal-rid-secret");
        List<String> secretVolumes = podSpec().getVolumes().stream().filter(volume -> volume.getSecret() != null)
                .map(Volume::getName).toList();
        assertThat(secretVolumes).containsExactlyInAnyOrder("signing-keys", "rid-secret", "google-wallet");
        assertThat(secretVolumes).allSatisfy(name -> assertThat(volume(name).getSecret().getDefaultMode())
                .as(name).isEqualTo(0400));
        assertThat(allMounts()).filteredOn(mount -> secretVolumes.contains(mount.getName()))
                .isNotEmpty().allSatisfy(mount -> assertThat(mount.getReadOnly()).as(mount.getName()).isTrue());

        assertThat(manifests).extracting(HasMetadata::getKind).doesNotContain("Secret");
        assertThat(rendered).doesNotContain("-----BEGIN");
        assertThat(portal().getEnv()).filteredOn(env -> env.getName().matches(".*(PASSWORD|TOKEN|SECRET).*"))
                .extracting(EnvVar::getName)
                .containsExactlyInAnyOrder("DB_PASSWORD", "QUARKUS_MAILER_PASSWORD", "PORTAL_SMS_HTTP_TOKEN");
        assertThat(portal().getEnv()).filteredOn(env -> env.getValue() != null).isEmpty();
        assertThat(portal().getEnv()).allSatisfy(env -> assertThat(env.getValueFrom().getSecretKeyRef()).isNotNull());
    }

    @Test
    void thePortalReadsItsKeysFromTheOwnerOnlyCopyMountedReadOnly() {
        Map<String, String> settings = configMap().getData();
        assertThat(volume("issuer").getEmptyDir().getMedium()).isEqualTo("Memory");
        VolumeMount issuer = mount(portal(), "issuer");
        assertThat(issuer.getReadOnly()).isTrue();
        assertThat(settings.get("PORTAL_ISSUER_KEYS_DIR")).startsWith(issuer.getMountPath() + "/");
        assertThat(settings.get("PORTAL_ISSUER_RID_SECRET_FILE")).startsWith(issuer.getMountPath() + "/");

        Container copy = podSpec().getInitContainers().get(0);
        assertThat(String.join(" ", copy.getCommand())).contains("install -m 0400");
        assertThat(mount(copy, "issuer").getReadOnly()).isNotEqualTo(Boolean.TRUE);

        VolumeMount wallet = mount(portal(), "google-wallet");
        assertThat(settings.get("PORTAL_GOOGLE_WALLET_SERVICE_ACCOUNT_KEY_FILE")).startsWith(wallet.getMountPath() + "/");
    }

    @Test
    void settingsComeFromTheConfigMapAndBehindTheIngressTheClientAddressIsForwarded() {
        Map<String, String> settings = configMap().getData();
        assertThat(settings).containsEntry("ISSUER_URL", ISSUER)
                .containsEntry("REGISTRY_NAME", "New Mexico Immunization Registry")
                .containsEntry("DB_URL", "jdbc:postgresql://registry-db-rw.databases.svc:5432/registry?sslmode=require")
                .containsEntry("QUARKUS_HTTP_PROXY_PROXY_ADDRESS_FORWARDING", "true")
                .containsEntry("QUARKUS_HTTP_PROXY_TRUSTED_PROXIES", "10.0.0.0/8");
        assertThat(portal().getEnvFrom()).singleElement()
                .satisfies(source -> assertThat(source.getConfigMapRef().getName())
                        .isEqualTo(configMap().getMetadata().getName()));
    }

    @Test
    void aChangedSettingRollsThePods() {
        String changed = template().withValuesFile(TEST_VALUES).set("registry.helpPhone", "1-800-555-0100").call();

        assertThat(configChecksum(changed)).isNotEqualTo(configChecksum(rendered));
        assertThat(configChecksum(template().withValuesFile(TEST_VALUES).call())).isEqualTo(configChecksum(rendered));
    }

    @Test
    void theIngressServesTheIssuerOriginOverTls() {
        Ingress ingress = only(Ingress.class);
        assertThat(ingress.getSpec().getRules()).singleElement()
                .satisfies(rule -> assertThat(rule.getHost()).isEqualTo("portal.immunization-registry.example"));
        assertThat(ingress.getSpec().getTls()).singleElement()
                .satisfies(tls -> assertThat(tls.getHosts()).containsExactly("portal.immunization-registry.example"));
        Service service = only(Service.class);
        assertThat(ingress.getSpec().getRules().get(0).getHttp().getPaths().get(0).getBackend().getService().getName())
                .isEqualTo(service.getMetadata().getName());
        assertThat(service.getSpec().getSelector()).isEqualTo(deployment().getSpec().getSelector().getMatchLabels());
        assertThat(ingress.getSpec().getRules().get(0).getHttp().getPaths()).as("health and metrics stay inside")
                .allSatisfy(path -> assertThat(path.getBackend().getService().getPort().getName()).isEqualTo("http"));
    }

    @Test
    void theAutoscalerAndTheDisruptionBudgetCoverThePortal() {
        Deployment deployment = deployment();
        HorizontalPodAutoscaler hpa = only(HorizontalPodAutoscaler.class);
        assertThat(hpa.getSpec().getScaleTargetRef().getName()).isEqualTo(deployment.getMetadata().getName());
        assertThat(hpa.getSpec().getMinReplicas()).isEqualTo(2);
        assertThat(hpa.getSpec().getMetrics()).singleElement()
                .satisfies(metric -> assertThat(metric.getResource().getName()).isEqualTo("cpu"));
        assertThat(deployment.getSpec().getReplicas()).as("the autoscaler owns the replica count").isNull();

        PodDisruptionBudget pdb = only(PodDisruptionBudget.class);
        assertThat(pdb.getSpec().getMinAvailable().getIntVal()).isEqualTo(1);
        assertThat(deployment.getSpec().getTemplate().getMetadata().getLabels())
                .containsAllEntriesOf(pdb.getSpec().getSelector().getMatchLabels());
        assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable().getIntVal()).isZero();
    }

    @Test
    void onlyTheIngressControllerReachesThePagesAndOnlyPrometheusTheMetrics() {
        NetworkPolicy policy = only(NetworkPolicy.class);
        assertThat(policy.getSpec().getPodSelector().getMatchLabels())
                .isEqualTo(deployment().getSpec().getSelector().getMatchLabels());
        assertThat(policy.getSpec().getIngress()).hasSize(2).allSatisfy(rule -> assertThat(rule.getFrom()).hasSize(2));
        assertThat(policy.getSpec().getIngress()).extracting(rule -> rule.getPorts().get(0).getPort().getStrVal())
                .containsExactly("http", "management");
        assertThat(only(ServiceAccount.class).getAutomountServiceAccountToken()).isFalse();
    }

    private static TemplateCommand template() {
        return new Helm(CHART).template().withName("portal").withNamespace("registry").withKubeVersion(KUBE_VERSION);
    }

    /** A copy of the chart whose defaults include the values file: helm lint (in helm-java) takes no values file. */
    private static Path copyWithValues(Path target, Path valuesFile) throws IOException {
        try (Stream<Path> files = Files.walk(CHART)) {
            for (Path file : files.toList()) {
                Path copy = target.resolve(CHART.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        TypeReference<Map<String, Object>> map = new TypeReference<>() {
        };
        Map<String, Object> values = YAML.readValue(CHART.resolve("values.yaml").toFile(), map);
        merge(values, YAML.readValue(valuesFile.toFile(), map));
        YAML.writeValue(target.resolve("values.yaml").toFile(), values);
        return target;
    }

    /** Helm's rule for values files: maps merge key by key, anything else replaces. */
    @SuppressWarnings("unchecked")
    private static void merge(Map<String, Object> into, Map<String, Object> overrides) {
        overrides.forEach((key, value) -> {
            if (value instanceof Map && into.get(key) instanceof Map) {
                Map<String, Object> merged = new LinkedHashMap<>((Map<String, Object>) into.get(key));
                merge(merged, (Map<String, Object>) value);
                into.put(key, merged);
            } else {
                into.put(key, value);
            }
        });
    }

    /** The dotted paths of the values that are not maps (a list or an empty map counts as one value). */
    @SuppressWarnings("unchecked")
    private static List<String> leafKeys(String prefix, Map<String, Object> values) {
        List<String> keys = new ArrayList<>();
        values.forEach((key, value) -> {
            if (value instanceof Map && !((Map<?, ?>) value).isEmpty()) {
                keys.addAll(leafKeys(prefix + key + ".", (Map<String, Object>) value));
            } else {
                keys.add(prefix + key);
            }
        });
        return keys;
    }

    private static String configChecksum(String manifestsText) {
        List<HasMetadata> objects = new KubernetesSerialization().unmarshal(manifestsText);
        return objects.stream().filter(Deployment.class::isInstance).map(Deployment.class::cast).findFirst().orElseThrow()
                .getSpec().getTemplate().getMetadata().getAnnotations().get("checksum/config");
    }

    private static void assertHttpProbe(Probe probe, String path) {
        assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
        assertThat(probe.getHttpGet().getPort().getStrVal()).isEqualTo("management");
    }

    private static <T extends HasMetadata> T only(Class<T> kind) {
        List<T> found = manifests.stream().filter(kind::isInstance).map(kind::cast).toList();
        assertThat(found).as(kind.getSimpleName()).hasSize(1);
        return found.get(0);
    }

    private static Deployment deployment() {
        return only(Deployment.class);
    }

    private static ConfigMap configMap() {
        return only(ConfigMap.class);
    }

    private static PodSpec podSpec() {
        return deployment().getSpec().getTemplate().getSpec();
    }

    private static Container portal() {
        return podSpec().getContainers().stream().filter(container -> container.getName().equals("portal")).findFirst()
                .orElseThrow();
    }

    private static Volume volume(String name) {
        return podSpec().getVolumes().stream().filter(volume -> volume.getName().equals(name)).findFirst().orElseThrow();
    }

    private static VolumeMount mount(Container container, String volume) {
        return container.getVolumeMounts().stream().filter(mount -> mount.getName().equals(volume)).findFirst()
                .orElseThrow();
    }

    private static List<VolumeMount> allMounts() {
        return Stream.concat(podSpec().getInitContainers().stream(), podSpec().getContainers().stream())
                .flatMap(container -> container.getVolumeMounts().stream()).toList();
    }
}
