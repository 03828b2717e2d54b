/**
 * Specialist families: carrier and enterprise networking (vendors, protocols, automation,
 * monitoring), bioinformatics, GIS, computer vision, Salesforce, Clojure, Unreal gameplay and
 * LLM inference. Forms that are ordinary words or short capitals are guarded.
 */
import type { SkillDefinition } from "../types";

const NET_CONTEXT = ["network", "networks", "networking", "bgp", "mpls", "ospf", "is-is", "routing", "router", "routers", "peering", "juniper", "cisco", "isp", "backbone", "ipv6"];
const BIO_CONTEXT = ["sequencing", "genomics", "genomic", "bioinformatics", "nanopore", "pacbio", "reads", "dna", "rna", "variant", "variants", "pipelines", "nextflow", "snakemake", "fastq"];
const GIS_CONTEXT = ["gis", "geospatial", "spatial", "map", "maps", "mapping", "coordinate", "coordinates", "qgis", "postgis", "gdal", "datum", "arcgis", "geometry", "geometries", "tiles"];
const SF_CONTEXT = ["salesforce", "lightning", "lwc", "apex", "visualforce", "soql", "sfdx"];
const CV_CONTEXT = ["vision", "camera", "cameras", "depth", "image", "images", "imagery", "calibration", "3d", "opencv", "geometry", "disparity"];

export const NETWORKS_SCIENCE_SKILLS: readonly SkillDefinition[] = [
  // Network operating systems and vendors
  { id: "cisco-ios-xr", name: "Cisco IOS XR", aliases: ["IOS XR", "IOS-XR", "IOS XRv", "Cisco IOS-XR"], category: "infrastructure", parents: ["cisco-networking"] },
  { id: "cisco-ios-xe", name: "Cisco IOS XE", aliases: ["IOS XE", "IOS-XE", "Cisco IOS-XE"], category: "infrastructure", parents: ["cisco-networking"] },
  { id: "cisco-nx-os", name: "Cisco NX-OS", aliases: ["NX-OS", "NXOS", "Cisco Nexus", "Nexus switches"], category: "infrastructure", parents: ["cisco-networking"] },
  { id: "ccnp", name: "CCNP", aliases: ["Cisco Certified Network Professional", "CCNP Enterprise", "CCNP Service Provider", "CCNP Routing and Switching", "CCNP Security", "CCNP Data Center"], category: "infrastructure", parents: ["cisco-networking"] },
  { id: "juniper-junos", name: "Juniper Junos", aliases: ["Junos", "Junos OS", "JunOS", "Juniper Networks", "Juniper routers", "Juniper switches", "Juniper MX", "Juniper SRX", "Juniper networking"], category: "infrastructure", parents: ["network-administration"] },
  { id: "juniper-certification", name: "Juniper certification", aliases: ["JNCIA", "JNCIP", "JNCIE", "JNCIS", "JNCIA-Junos", "JNCIP-SP", "JNCIE-SP", "Juniper certifications"], category: "infrastructure", parents: ["juniper-junos"] },
  { id: "nokia-sr-os", name: "Nokia SR OS", aliases: ["SR OS", "SROS", "Nokia SROS", "Nokia 7750", "Nokia 7750 SR", "Nokia service routers"], category: "infrastructure", parents: ["network-administration"] },
  { id: "nokia-sr-linux", name: "Nokia SR Linux", aliases: ["SR Linux", "SRL Linux"], category: "infrastructure", parents: ["network-administration"] },
  { id: "arista-eos", name: "Arista EOS", aliases: ["Arista", "Arista switches", "Arista networks", "Arista CloudVision"], category: "infrastructure", parents: ["network-administration"] },

  // Protocols and network design
  { id: "ipv6", name: "IPv6", aliases: ["IPv6 deployment", "IPv6 networking", "IPv6 addressing", "dual-stack networking", "dual stack IPv4/IPv6"], category: "infrastructure", parents: ["tcp-ip"] },
  { id: "segment-routing", name: "Segment routing", aliases: ["SR-MPLS", "SRv6", "segment-routing", "SR-TE"], category: "infrastructure", parents: ["routing-protocols"] },
  { id: "ldp", name: "LDP", aliases: ["Label Distribution Protocol", "MPLS LDP"], category: "infrastructure", parents: ["routing-protocols"], ambiguity: { forms: ["LDP"], caseSensitive: true, needsContext: NET_CONTEXT.concat(["rsvp", "rsvp-te", "segment routing"]) } },
  { id: "rsvp-te", name: "RSVP-TE", aliases: ["RSVP", "MPLS-TE", "MPLS traffic engineering", "RSVP traffic engineering"], category: "infrastructure", parents: ["routing-protocols"], ambiguity: { forms: ["RSVP"], caseSensitive: true, needsContext: NET_CONTEXT.concat(["ldp", "rsvp-te"]) } },
  { id: "rpki", name: "RPKI", aliases: ["Resource Public Key Infrastructure", "route origin validation", "ROV", "BGP origin validation", "ROA", "ROAs"], category: "infrastructure", parents: ["bgp"], ambiguity: { forms: ["ROV", "ROA", "ROAs"], caseSensitive: true, needsContext: NET_CONTEXT.concat(["rpki"]) } },
  { id: "routing-policy", name: "Routing policy", aliases: ["route policy", "route policies", "routing policies", "route maps", "route-maps", "route-map", "prefix lists", "prefix-lists", "BGP policy", "BGP policies", "BGP communities"], category: "infrastructure", parents: ["routing-protocols"] },
  { id: "internet-peering", name: "Internet peering", aliases: ["peering", "IP transit", "internet exchange points", "IXPs", "peering and transit", "transit and peering", "peering sessions"], category: "infrastructure", parents: ["bgp"], ambiguity: { forms: ["peering"], needsContext: NET_CONTEXT.concat(["transit", "ix", "ixp", "ixps", "asn"]) } },
  { id: "service-provider-networking", name: "Service provider networking", aliases: ["service provider networks", "service-provider networks", "service provider networking", "service-provider networking", "ISP networks", "ISP networking", "carrier networks", "carrier-grade networks", "telco networks", "service-provider", "service provider"], category: "infrastructure", parents: ["networking"], ambiguity: { forms: ["service-provider", "service provider"], needsContext: NET_CONTEXT } },
  { id: "enterprise-networking", name: "Enterprise networking", aliases: ["enterprise networks", "enterprise network", "large enterprise networks", "campus networks", "campus networking", "enterprise LAN/WAN"], category: "infrastructure", parents: ["networking"] },
  { id: "evpn-vxlan", name: "EVPN-VXLAN", aliases: ["EVPN", "EVPN/VXLAN", "BGP EVPN", "VXLAN EVPN"], category: "infrastructure", parents: ["networking"] },
  { id: "snmp", name: "SNMP", aliases: ["Simple Network Management Protocol", "SNMPv3", "SNMP monitoring"], category: "infrastructure", parents: ["network-monitoring"] },
  { id: "netflow", name: "NetFlow", aliases: ["sFlow", "IPFIX", "flow telemetry", "NetFlow/sFlow"], category: "infrastructure", parents: ["network-monitoring"] },

  // Network automation and monitoring
  { id: "network-automation", name: "Network automation", aliases: ["NetDevOps", "network as code", "network automation tooling", "automating networks"], category: "infrastructure", parents: ["networking"] },
  { id: "batfish", name: "Batfish", aliases: ["Batfish network validation"], category: "infrastructure", parents: ["network-automation"] },
  { id: "netbox", name: "NetBox", aliases: ["NetBox DCIM", "NetBox IPAM"], category: "infrastructure", parents: ["network-automation"] },
  { id: "nautobot", name: "Nautobot", aliases: [], category: "infrastructure", parents: ["network-automation"] },
  { id: "nornir", name: "Nornir", aliases: [], category: "infrastructure", parents: ["network-automation", "python"] },
  { id: "napalm", name: "NAPALM", aliases: ["NAPALM network automation"], category: "infrastructure", parents: ["network-automation", "python"], ambiguity: { forms: ["NAPALM"], caseSensitive: true, needsContext: NET_CONTEXT.concat(["automation", "ansible", "netmiko", "nornir", "python"]) } },
  { id: "netmiko", name: "Netmiko", aliases: [], category: "infrastructure", parents: ["network-automation", "python"] },
  { id: "network-monitoring", name: "Network monitoring", aliases: ["network monitoring tools", "network performance monitoring", "NMS"], category: "infrastructure", parents: ["networking"], ambiguity: { forms: ["NMS"], caseSensitive: true, needsContext: NET_CONTEXT.concat(["monitoring", "snmp"]) } },
  { id: "librenms", name: "LibreNMS", aliases: ["Observium"], category: "infrastructure", parents: ["network-monitoring"] },
  { id: "prtg", name: "PRTG", aliases: ["PRTG Network Monitor", "Paessler PRTG"], category: "infrastructure", parents: ["network-monitoring"] },
  { id: "solarwinds", name: "SolarWinds", aliases: ["SolarWinds NPM", "SolarWinds Orion"], category: "infrastructure", parents: ["network-monitoring"] },

  { id: "splunk-spl", name: "Splunk SPL", aliases: ["SPL", "Splunk Processing Language", "Splunk search language", "Splunk queries"], category: "security", parents: ["splunk"], ambiguity: { forms: ["SPL"], caseSensitive: true, needsContext: ["splunk", "siem", "kql", "searches", "dashboards"] } },
  { id: "windows", name: "Windows", aliases: ["Microsoft Windows", "Windows internals", "Windows OS", "Windows administration", "Windows endpoints", "Windows 10", "Windows 11"], category: "infrastructure", parents: ["operating-systems"], ambiguity: { forms: ["Windows"], caseSensitive: true } },

  // Bioinformatics
  { id: "bioconductor", name: "Bioconductor", aliases: ["DESeq2", "edgeR", "limma", "GenomicRanges"], category: "framework", parents: ["r", "bioinformatics"] },
  { id: "biopython", name: "Biopython", aliases: ["BioPython"], category: "framework", parents: ["python", "bioinformatics"] },
  { id: "sequence-alignment", name: "Sequence alignment", aliases: ["read alignment", "read mapping", "short-read alignment", "sequence aligners", "BWA", "BWA-MEM", "Bowtie2", "minimap2", "STAR aligner", "BLAST"], category: "domain", parents: ["bioinformatics"], ambiguity: { forms: ["BLAST", "BWA"], caseSensitive: true, needsContext: BIO_CONTEXT.concat(["alignment", "aligners"]) } },
  { id: "variant-calling", name: "Variant calling", aliases: ["variant-calling", "variant calling pipelines", "GATK", "DeepVariant", "bcftools", "FreeBayes", "variant annotation", "variant interpretation"], category: "domain", parents: ["genomics"] },
  { id: "genomic-file-formats", name: "Genomic file formats", aliases: ["FASTQ", "BAM", "CRAM", "VCF", "SAM/BAM", "BAM/CRAM", "samtools", "htslib", "BED files", "gVCF"], category: "domain", parents: ["genomics"], ambiguity: { forms: ["BAM", "CRAM", "VCF"], caseSensitive: true, needsContext: BIO_CONTEXT.concat(["fastq", "bam", "formats", "samtools", "alignment"]) } },
  { id: "rna-seq", name: "RNA-seq", aliases: ["RNA sequencing", "RNA-Seq analysis", "scRNA-seq", "single-cell RNA-seq", "transcriptomics", "bulk RNA-seq"], category: "domain", parents: ["genomics"] },
  { id: "single-cell-analysis", name: "Single-cell analysis", aliases: ["Seurat", "Scanpy", "single-cell data analysis", "single-cell omics"], category: "domain", parents: ["genomics"] },
  { id: "long-read-sequencing", name: "Long-read sequencing", aliases: ["long-read data", "long reads", "long-read", "third-generation sequencing", "long-read genomics"], category: "domain", parents: ["genomics"] },
  { id: "oxford-nanopore", name: "Oxford Nanopore", aliases: ["Nanopore", "ONT sequencing", "Nanopore sequencing", "MinION", "PromethION"], category: "domain", parents: ["long-read-sequencing"] },
  { id: "pacbio", name: "PacBio", aliases: ["Pacific Biosciences", "PacBio HiFi", "HiFi reads", "SMRT sequencing"], category: "domain", parents: ["long-read-sequencing"] },
  { id: "clinical-genomics", name: "Clinical genomics", aliases: ["clinical bioinformatics", "diagnostic genomics", "genomic diagnostics", "clinical sequencing", "rare-disease genomics"], category: "domain", parents: ["genomics", "healthcare"] },
  { id: "iso-15189", name: "ISO 15189", aliases: ["ISO15189", "ISO 15189 accreditation", "medical laboratory accreditation", "UKAS accreditation", "CLIA", "CAP accreditation"], category: "domain", parents: ["healthcare"], ambiguity: { forms: ["CLIA"], caseSensitive: true } },
  { id: "nf-core", name: "nf-core", aliases: ["nfcore", "nf-core pipelines"], category: "tool", parents: ["bioinformatics-workflows"] },
  { id: "singularity-containers", name: "Singularity", aliases: ["Apptainer", "SingularityCE", "Singularity containers"], category: "infrastructure", parents: ["containerization"], ambiguity: { forms: ["Singularity"], caseSensitive: true, needsContext: ["docker", "container", "containers", "hpc", "slurm", "pipelines", "apptainer", "podman", "cluster", "reproducible"] } },
  { id: "protein-structure-prediction", name: "Protein structure prediction", aliases: ["AlphaFold", "AlphaFold2", "protein folding", "RoseTTAFold", "protein structure"], category: "domain", parents: ["bioinformatics"] },

  // GIS
  { id: "spatial-indexing", name: "Spatial indexing", aliases: ["spatial indexes", "spatial index", "spatial indices", "R-tree", "R-trees", "GiST indexes", "geohash", "geohashing", "quadtrees", "Uber H3"], category: "database", parents: ["geospatial-analysis", "database-indexing"] },
  { id: "coordinate-reference-systems", name: "Coordinate reference systems", aliases: ["CRS", "coordinate systems", "map projections", "projections", "EPSG codes", "datum transformations", "datum shifts", "geodesy", "spatial reference systems"], category: "ml", parents: ["geospatial-analysis"], ambiguity: { forms: ["CRS", "projections", "coordinate systems"], caseSensitive: true, needsContext: GIS_CONTEXT.concat(["coordinate reference systems", "crs", "epsg", "projection"]) } },
  { id: "pyqgis", name: "PyQGIS", aliases: ["QGIS plugin", "QGIS plugins", "QGIS plugin development", "QGIS Python API"], category: "ml", parents: ["qgis", "python"] },
  { id: "cadastral-data", name: "Cadastral data", aliases: ["cadastral", "cadastre", "parcel data", "land parcels", "land records", "county assessor data", "assessor data", "property records"], category: "domain", parents: ["geospatial-analysis"] },
  { id: "vector-tiles", name: "Vector tiles", aliases: ["vector tile", "MVT", "Mapbox Vector Tiles", "tippecanoe", "PMTiles", "tile servers", "tile server"], category: "ml", parents: ["web-mapping"], ambiguity: { forms: ["MVT"], caseSensitive: true, needsContext: GIS_CONTEXT.concat(["tile"]) } },
  { id: "martin-tile-server", name: "Martin", aliases: ["Martin tile server"], category: "ml", parents: ["vector-tiles"], ambiguity: { forms: ["Martin"], caseSensitive: true, needsContext: ["tiles", "tile", "vector tiles", "postgis", "tile server", "maplibre", "mapbox"] } },
  { id: "geoserver", name: "GeoServer", aliases: ["MapServer", "OGC web services", "WMS/WFS"], category: "ml", parents: ["geospatial-analysis"] },
  { id: "geojson", name: "GeoJSON", aliases: ["GeoPackage", "shapefiles", "shapefile", "GeoParquet", "TopoJSON"], category: "ml", parents: ["geospatial-analysis"] },
  { id: "openstreetmap", name: "OpenStreetMap", aliases: ["OSM data", "OpenStreetMap data", "Overpass API"], category: "ml", parents: ["geospatial-analysis"] },

  // Computer vision
  { id: "multi-view-geometry", name: "Multi-view geometry", aliases: ["multiple view geometry", "multi-view geometry", "epipolar geometry", "homography", "homographies", "structure from motion", "SfM", "bundle adjustment", "triangulation", "projective geometry"], category: "ml", parents: ["computer-vision"], ambiguity: { forms: ["SfM", "triangulation"], caseSensitive: true, needsContext: CV_CONTEXT } },
  { id: "camera-calibration", name: "Camera calibration", aliases: ["intrinsic calibration", "extrinsic calibration", "camera intrinsics", "camera extrinsics", "lens distortion correction", "camera models"], category: "ml", parents: ["computer-vision"] },
  { id: "stereo-vision", name: "Stereo vision", aliases: ["stereo", "stereo matching", "stereo cameras", "stereo depth", "depth estimation", "stereo reconstruction"], category: "ml", parents: ["computer-vision"], ambiguity: { forms: ["stereo"], needsContext: CV_CONTEXT.concat(["calibration", "multi-view", "geometry"]) } },
  { id: "multi-object-tracking", name: "Multi-object tracking", aliases: ["multi-object tracking", "multiple object tracking", "object tracking", "visual tracking", "MOT", "SORT tracker"], category: "ml", parents: ["computer-vision"], ambiguity: { forms: ["MOT"], caseSensitive: true, needsContext: CV_CONTEXT.concat(["tracking", "detection"]) } },
  { id: "deepsort", name: "DeepSORT", aliases: ["Deep SORT", "DeepSORT tracker"], category: "ml", parents: ["multi-object-tracking"] },
  { id: "bytetrack", name: "ByteTrack", aliases: ["BoT-SORT", "OC-SORT"], category: "ml", parents: ["multi-object-tracking"] },
  { id: "cvat", name: "CVAT", aliases: ["Computer Vision Annotation Tool"], category: "ml", parents: ["data-labeling"] },

  // LLM inference
  { id: "gpu-architecture", name: "GPU architecture", aliases: ["GPU internals", "GPU memory hierarchy", "GPU microarchitecture", "GPU hardware architecture"], category: "concept", parents: ["gpu-programming"] },
  { id: "awq", name: "AWQ", aliases: ["activation-aware weight quantization"], category: "llm", parents: ["quantization"] },
  { id: "gptq", name: "GPTQ", aliases: [], category: "llm", parents: ["quantization"] },
  { id: "distributed-inference", name: "Distributed inference", aliases: ["multi-node inference", "multi-node serving", "multi-GPU inference", "multi-GPU serving", "tensor-parallel inference", "disaggregated serving", "disaggregated inference"], category: "llm", parents: ["llm-inference"] },

  // Clojure
  { id: "clojurescript", name: "ClojureScript", aliases: ["cljs", "Clojure Script"], category: "language", parents: ["clojure"] },
  { id: "re-frame", name: "re-frame", aliases: ["reframe", "Reagent"], category: "framework", parents: ["clojurescript"] },
  { id: "datomic", name: "Datomic", aliases: ["Datomic Cloud", "XTDB", "Datascript"], category: "database", parents: ["databases"] },
  { id: "datalog", name: "Datalog", aliases: ["Datalog queries"], category: "language", parents: ["programming"] },

  // Salesforce
  { id: "salesforce-platform-developer-1", name: "Salesforce Platform Developer I", aliases: ["Platform Developer I", "Platform Developer 1", "PD1 certification", "Salesforce Platform Developer 1"], category: "tool", parents: ["salesforce-certification"] },
  { id: "salesforce-platform-developer-2", name: "Salesforce Platform Developer II", aliases: ["Platform Developer II", "Platform Developer 2", "PD2 certification", "Salesforce Platform Developer 2"], category: "tool", parents: ["salesforce-certification"] },
  { id: "health-cloud-accredited-professional", name: "Health Cloud Accredited Professional", aliases: ["Salesforce Health Cloud Accredited Professional"], category: "tool", parents: ["salesforce-certification"] },
  { id: "salesforce-health-cloud", name: "Salesforce Health Cloud", aliases: ["Health Cloud"], category: "tool", parents: ["salesforce"] },
  { id: "salesforce-service-cloud", name: "Salesforce Service Cloud", aliases: ["Service Cloud"], category: "tool", parents: ["salesforce"] },
  { id: "salesforce-sales-cloud", name: "Salesforce Sales Cloud", aliases: ["Sales Cloud"], category: "tool", parents: ["salesforce"] },
  { id: "salesforce-marketing-cloud", name: "Salesforce Marketing Cloud", aliases: ["Marketing Cloud", "SFMC"], category: "tool", parents: ["salesforce"] },
  { id: "salesforce-experience-cloud", name: "Salesforce Experience Cloud", aliases: ["Experience Cloud", "Salesforce Community Cloud", "Community Cloud"], category: "tool", parents: ["salesforce"] },
  { id: "copado", name: "Copado", aliases: [], category: "tool", parents: ["salesforce-development", "ci-cd"] },
  { id: "gearset", name: "Gearset", aliases: [], category: "tool", parents: ["salesforce-development", "ci-cd"] },
  { id: "aura-components", name: "Aura components", aliases: ["Aura component", "Aura framework", "Lightning Aura Components", "Aura Lightning components", "Aura"], category: "framework", parents: ["salesforce-development"], ambiguity: { forms: ["Aura"], caseSensitive: true, needsContext: SF_CONTEXT } },
  { id: "salesforce-cli", name: "Salesforce CLI", aliases: ["sf CLI", "SFDX CLI", "sfdx-cli", "sf command line"], category: "tool", parents: ["salesforce-development"] },
  { id: "governor-limits", name: "Governor limits", aliases: ["Salesforce governor limits", "Apex governor limits"], category: "framework", parents: ["salesforce-development"] },

  // Unreal gameplay
  { id: "gameplay-ability-system", name: "Gameplay Ability System", aliases: ["GAS", "Unreal GAS", "Gameplay Abilities"], category: "framework", parents: ["unreal-engine"], ambiguity: { forms: ["GAS"], caseSensitive: true, needsContext: ["unreal", "ue4", "ue5", "gameplay", "blueprints", "abilities"] } },
  { id: "network-replication", name: "Network replication", aliases: ["Unreal replication", "actor replication", "property replication", "replicated gameplay", "network replication"], category: "concept", parents: ["game-networking"] },
  { id: "unreal-insights", name: "Unreal Insights", aliases: ["Unreal profiler", "Unreal Engine profiling tools", "stat commands"], category: "tool", parents: ["unreal-engine", "profiling"] },
  { id: "game-animation-systems", name: "Animation systems", aliases: ["animation systems", "animation programming", "Animation Blueprints", "AnimGraph", "character animation systems", "IK systems"], category: "concept", parents: ["gameplay-programming"] },
  { id: "motion-matching", name: "Motion Matching", aliases: [], category: "concept", parents: ["game-animation-systems"] },
  { id: "control-rig", name: "Control Rig", aliases: ["Unreal Control Rig"], category: "tool", parents: ["game-animation-systems", "unreal-engine"] },
  { id: "behavior-trees", name: "Behavior trees", aliases: ["behaviour trees", "AI behavior trees", "AI behaviour trees", "behavior tree", "behaviour tree", "game AI"], category: "concept", parents: ["gameplay-programming"] },
  { id: "environment-query-system", name: "Environment Query System", aliases: ["EQS", "Unreal EQS"], category: "tool", parents: ["behavior-trees", "unreal-engine"], ambiguity: { forms: ["EQS"], caseSensitive: true, needsContext: ["unreal", "ue4", "ue5", "behaviour trees", "behavior trees", "ai", "gameplay"] } },
];
