/**
 * Rule: the taxonomy names each field's own vocabulary, so a specialist's requirement line is read
 * skill by skill (networking, bioinformatics, GIS, computer vision, Salesforce, Clojure, Unreal,
 * trading, ML operations), and names once folded into an umbrella are kept apart (Sidekiq, LOINC,
 * ARM Cortex-M). A platform's app development is the platform, not generic application development.
 */
import { ids, kinds } from "./support";

describe("specialist families", () => {
  test.each([
    ["Requirements:\n- Experience with MPLS, including segment routing or LDP/RSVP-TE, and IPv6", ["segment-routing", "ldp", "rsvp-te", "ipv6"]],
    ["Requirements:\n- Read alignment, variant calling and the usual formats (FASTQ, BAM/CRAM, VCF)", ["sequence-alignment", "variant-calling", "genomic-file-formats"]],
    ["Nice to have:\n- Long-read data (Nanopore, PacBio)\n- Clinical genomics in a lab accredited under ISO 15189", ["long-read-sequencing", "oxford-nanopore", "pacbio", "clinical-genomics", "iso-15189"]],
    ["Requirements:\n- PostGIS (spatial indexes) and a plugin in PyQGIS\n- Cadastral data and vector tiles", ["spatial-indexing", "pyqgis", "cadastral-data", "vector-tiles"]],
    ["Requirements:\n- Multi-view geometry, camera calibration and stereo\n- Tracking with DeepSORT or ByteTrack; labelling in CVAT", ["multi-view-geometry", "camera-calibration", "stereo-vision", "deepsort", "bytetrack", "cvat"]],
    ["Requirements:\n- Governor limits, the Salesforce CLI and Aura components\n- Health Cloud or Service Cloud; Copado or Gearset", ["governor-limits", "salesforce-cli", "aura-components", "salesforce-health-cloud", "salesforce-service-cloud", "copado", "gearset"]],
    ["Bonus:\n- Datomic and Datalog\n- ClojureScript with re-frame", ["datomic", "datalog", "clojurescript", "re-frame"]],
    ["Requirements:\n- Network replication in Unreal, profiling with Unreal Insights\n- Motion Matching, Control Rig, behaviour trees and EQS", ["network-replication", "unreal-insights", "motion-matching", "control-rig", "behavior-trees", "environment-query-system"]],
  ])("%s", (text, expected) => {
    expect(ids(text)).toEqual(expect.arrayContaining(expected));
  });

  test("drift monitoring, trade lifecycle, query tuning, fraud and risk domains, KX Dashboards", () => {
    const found = kinds(
      "Requirements:\n- Experience deploying models and monitoring them for drift\n- Knowledge of the lifecycle of a trade in equities\n- Experience performance-tuning queries on large datasets\n- Fraud or risk domain experience\n\nNice to have:\n- Exposure to KX Dashboards\n",
    );
    expect(found["model-monitoring"]).toBe("must");
    expect(found["clearing-and-settlement"]).toBe("must");
    expect(found["query-optimization"]).toBe("must");
    expect(found["fraud-detection"]).toBe("must");
    expect(found["risk-management"]).toBe("must");
    expect(found["kx-dashboards"]).toBe("preferred");
  });

  test("real-time collaboration, startup experience and relational schemas", () => {
    const found = kinds(
      "Requirements\n- Experience designing relational schemas\n\nNice to have\n- Real-time collaboration (WebSockets)\n- Prior experience at an early-stage startup\n",
    );
    expect(found["data-modeling"]).toBe("must");
    expect(found["real-time-collaboration"]).toBe("preferred");
    expect(found["startup-experience"]).toBe("preferred");
    expect(found.collaboration).toBeUndefined();
  });
});

describe("names kept apart", () => {
  test("names kept apart from the umbrella they used to be folded into", () => {
    const found = kinds(
      "Requirements:\n- 5+ years of firmware in C for microcontrollers (ARM Cortex-M preferred)\n- Background job processing with Sidekiq (or Resque / GoodJob)\n- Familiarity with healthcare terminologies such as LOINC, SNOMED CT, or ICD-10\n\nNice to have:\n- Experience with Oban for background jobs\n- Elixir and Ecto",
    );
    expect(found).toMatchObject({
      microcontrollers: "must",
      "arm-cortex-m": "preferred",
      sidekiq: "must",
      resque: "must",
      "good-job": "must",
      "clinical-terminologies": "must",
      loinc: "must",
      "snomed-ct": "must",
      "icd-10": "must",
      oban: "preferred",
      ecto: "preferred",
    });
  });

  test("a platform's app development is the platform, not generic application development", () => {
    const found = kinds("Bonus points:\n- Familiarity with Shopify app development");
    expect(found.shopify).toBe("preferred");
    expect(found["application-development"]).toBeUndefined();
  });
});
