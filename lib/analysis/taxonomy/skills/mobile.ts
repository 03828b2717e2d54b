import type { SkillDefinition } from "../types";

/**
 * Native and cross-platform mobile: Apple and Android frameworks and libraries, app architecture
 * patterns, mobile testing and release tooling, device capabilities, and real-time audio/video
 * (WebRTC and the video SDKs that mobile and web apps embed). The platforms themselves (iOS
 * development, Android development, Swift, Kotlin, SwiftUI, Jetpack Compose, Flutter) live in
 * concepts.ts, languages.ts and frameworks.ts.
 */
const IOS_CONTEXT = ["ios", "swift", "swiftui", "uikit", "xcode", "objective-c", "apple", "iphone", "ipad", "macos"];
const ANDROID_CONTEXT = ["android", "kotlin", "jetpack", "compose", "gradle", "java"];
const MOBILE_TEST_CONTEXT = ["mobile", "ios", "android", "react native", "flutter", "e2e", "end-to-end", "ui", "appium", "detox", "maestro", "xctest", "espresso", "tests", "testing"];

export const MOBILE_SKILLS: SkillDefinition[] = [
  // Apple platforms
  { id: "combine", name: "Combine", aliases: ["Combine framework", "Apple Combine"], category: "framework", parents: ["swift", "reactive-programming"], ambiguity: { forms: ["Combine"], caseSensitive: true, needsContext: IOS_CONTEXT.concat(["rxswift", "reactive"]) } },
  { id: "swift-concurrency", name: "Swift Concurrency", aliases: ["Swift async/await", "Swift actors", "structured concurrency in Swift"], category: "framework", parents: ["swift", "concurrency"] },
  { id: "grand-central-dispatch", name: "Grand Central Dispatch", aliases: ["GCD", "libdispatch", "dispatch queues"], category: "framework", parents: ["ios-development", "concurrency"], ambiguity: { forms: ["GCD"], caseSensitive: true, needsContext: IOS_CONTEXT.concat(["threading", "concurrency", "operationqueue"]) } },
  { id: "rxswift", name: "RxSwift", aliases: ["RxCocoa"], category: "framework", parents: ["swift", "reactive-programming"] },
  { id: "swiftdata", name: "SwiftData", aliases: [], category: "framework", parents: ["swift", "ios-development"] },
  { id: "the-composable-architecture", name: "Composable Architecture", aliases: ["TCA"], category: "framework", parents: ["swift", "mobile-architecture"], ambiguity: { forms: ["TCA"], caseSensitive: true, needsContext: IOS_CONTEXT } },
  { id: "alamofire", name: "Alamofire", aliases: [], category: "framework", parents: ["ios-development"] },
  { id: "cocoapods", name: "CocoaPods", aliases: ["CocoaPod", "Cocoa Pods"], category: "tool", parents: ["ios-development"] },
  { id: "swift-package-manager", name: "Swift Package Manager", aliases: ["SwiftPM", "SPM"], category: "tool", parents: ["swift"], ambiguity: { forms: ["SPM"], caseSensitive: true, needsContext: IOS_CONTEXT.concat(["cocoapods", "carthage", "packages"]) } },
  { id: "carthage", name: "Carthage", aliases: [], category: "tool", parents: ["ios-development"], ambiguity: { forms: ["Carthage"], caseSensitive: true, needsContext: IOS_CONTEXT.concat(["cocoapods", "swift package manager", "spm"]) } },
  { id: "cocoa-touch", name: "Cocoa Touch", aliases: ["Cocoa", "AppKit", "Foundation framework"], category: "framework", parents: ["ios-development"], ambiguity: { forms: ["Cocoa"], caseSensitive: true, needsContext: IOS_CONTEXT } },
  { id: "testflight", name: "TestFlight", aliases: [], category: "tool", parents: ["ios-development", "mobile-app-release"] },
  { id: "app-store-connect", name: "App Store Connect", aliases: ["App Store submission", "App Store submissions", "App Store review", "App Store review guidelines", "iTunes Connect"], category: "tool", parents: ["ios-development", "mobile-app-release"] },
  { id: "healthkit", name: "HealthKit", aliases: ["Apple HealthKit", "Apple Health", "ResearchKit", "CareKit"], category: "framework", parents: ["ios-development"] },
  { id: "arkit", name: "ARKit", aliases: ["RealityKit", "SceneKit"], category: "framework", parents: ["ios-development", "augmented-and-virtual-reality"] },
  { id: "core-ml", name: "Core ML", aliases: ["CoreML", "Create ML", "Apple Core ML"], category: "ml", parents: ["ios-development", "edge-ml"] },
  { id: "mapkit", name: "MapKit", aliases: ["Apple MapKit", "Core Location", "CoreLocation"], category: "framework", parents: ["ios-development"] },
  { id: "avfoundation", name: "AVFoundation", aliases: ["AVKit", "Core Audio", "CoreAudio"], category: "framework", parents: ["ios-development", "video-processing"] },
  { id: "storekit", name: "StoreKit", aliases: ["StoreKit 2"], category: "framework", parents: ["ios-development", "in-app-purchases"] },
  { id: "watchos", name: "watchOS", aliases: ["WatchKit", "Apple Watch apps", "Apple Watch development"], category: "concept", parents: ["ios-development"] },
  { id: "tvos", name: "tvOS", aliases: ["Apple TV apps"], category: "concept", parents: ["ios-development"] },
  { id: "visionos", name: "visionOS", aliases: ["Apple Vision Pro"], category: "concept", parents: ["ios-development", "augmented-and-virtual-reality"] },
  { id: "carplay", name: "CarPlay", aliases: ["Apple CarPlay"], category: "framework", parents: ["ios-development", "automotive"] },
  { id: "app-extensions", name: "App extensions", aliases: ["WidgetKit", "App Clips", "Live Activities", "Siri Shortcuts", "App Intents"], category: "framework", parents: ["ios-development"] },

  // Android
  { id: "kotlin-coroutines", name: "Kotlin Coroutines", aliases: ["coroutines", "Kotlin coroutine", "kotlinx.coroutines", "coroutine"], category: "framework", parents: ["kotlin", "asynchronous-programming"] },
  { id: "kotlin-flow", name: "Kotlin Flow", aliases: ["Kotlin Flows", "StateFlow", "SharedFlow", "Flow API", "Flow", "Kotlin Flow API"], ambiguity: { forms: ["Flow"], caseSensitive: true, needsContext: ["kotlin", "coroutines", "stateflow", "android", "jetpack compose"] }, category: "framework", parents: ["kotlin-coroutines", "reactive-programming"] },
  { id: "dagger-hilt", name: "Dagger", aliases: ["Dagger 2", "Dagger2", "Hilt", "Dagger Hilt", "Dagger-Hilt"], category: "framework", parents: ["android-development", "dependency-injection"], ambiguity: { forms: ["Dagger", "Hilt"], caseSensitive: true, needsContext: ANDROID_CONTEXT.concat(["dependency injection", "koin", "di"]) } },
  { id: "koin", name: "Koin", aliases: [], category: "framework", parents: ["kotlin", "dependency-injection"] },
  { id: "retrofit", name: "Retrofit", aliases: ["Retrofit2", "Retrofit 2"], category: "framework", parents: ["android-development"], ambiguity: { forms: ["Retrofit"], caseSensitive: true, needsContext: ANDROID_CONTEXT.concat(["okhttp", "rest", "http", "moshi", "gson", "room", "hilt", "dagger"]) } },
  { id: "okhttp", name: "OkHttp", aliases: ["Moshi", "Gson"], category: "framework", parents: ["android-development"] },
  { id: "android-room", name: "Room", aliases: ["Room database", "Room persistence library", "Android Room", "Jetpack Room"], category: "framework", parents: ["android-jetpack", "sqlite"], ambiguity: { forms: ["Room"], caseSensitive: true, needsContext: ["android", "jetpack", "retrofit", "hilt", "dagger", "sqlite", "coroutines", "workmanager", "compose"] } },
  { id: "realm", name: "Realm", aliases: ["Realm Database", "MongoDB Realm", "Atlas Device Sync"], category: "database", parents: ["mobile-development", "databases"] },
  { id: "android-ndk", name: "Android NDK", aliases: ["NDK", "JNI", "Java Native Interface"], category: "framework", parents: ["android-development"], ambiguity: { forms: ["NDK"], caseSensitive: true } },
  { id: "android-sdk", name: "Android SDK", aliases: ["Android framework", "Android APIs", "AOSP", "Android Open Source Project"], category: "framework", parents: ["android-development"] },
  { id: "google-play-console", name: "Google Play Console", aliases: ["Play Console", "Google Play Store", "Play Store", "Google Play publishing"], category: "tool", parents: ["android-development", "mobile-app-release"] },
  { id: "google-play-billing", name: "Google Play Billing", aliases: ["Play Billing Library", "Google Play Billing Library"], category: "framework", parents: ["android-development", "in-app-purchases"] },
  { id: "health-connect", name: "Health Connect", aliases: ["Google Fit", "Android Health Connect", "Samsung Health SDK"], category: "framework", parents: ["android-development"] },
  { id: "arcore", name: "ARCore", aliases: ["Sceneform"], category: "framework", parents: ["android-development", "augmented-and-virtual-reality"] },
  { id: "ml-kit", name: "ML Kit", aliases: ["Google ML Kit", "Firebase ML Kit", "MediaPipe"], category: "ml", parents: ["mobile-development", "edge-ml"] },
  { id: "exoplayer", name: "ExoPlayer", aliases: ["Media3", "AndroidX Media3", "Jetpack Media3"], category: "framework", parents: ["android-development", "video-processing"] },
  { id: "wear-os", name: "Wear OS", aliases: ["Android Wear", "Wear OS by Google"], category: "concept", parents: ["android-development"] },
  { id: "android-auto", name: "Android Auto", aliases: ["Android Automotive", "Android Automotive OS", "AAOS"], category: "concept", parents: ["android-development", "automotive"] },
  { id: "robolectric", name: "Robolectric", aliases: [], category: "framework", parents: ["android-development", "unit-testing"] },

  // Cross-platform
  { id: "flutter-bloc", name: "BLoC", aliases: ["flutter_bloc", "BLoC pattern", "Bloc"], category: "framework", parents: ["flutter", "state-management"], ambiguity: { forms: ["BLoC", "Bloc"], caseSensitive: true, needsContext: ["flutter", "dart", "riverpod", "provider", "state management", "cubit"] } },
  { id: "riverpod", name: "Riverpod", aliases: [], category: "framework", parents: ["flutter", "state-management"] },
  { id: "nativescript", name: "NativeScript", aliases: [], category: "framework", parents: ["cross-platform-mobile-development"] },
  { id: "react-native-reanimated", name: "React Native Reanimated", aliases: ["Reanimated"], category: "framework", parents: ["react-native"] },
  { id: "hermes-engine", name: "Hermes", aliases: ["Hermes engine", "React Native new architecture", "TurboModules", "Fabric renderer"], category: "framework", parents: ["react-native"], ambiguity: { forms: ["Hermes"], caseSensitive: true, needsContext: ["react native", "javascript", "engine", "expo"] } },

  // Architecture, quality and release
  { id: "mobile-architecture", name: "Mobile architecture", aliases: ["mobile architecture patterns", "mobile app architecture", "mobile application architecture", "app architecture", "iOS architecture", "Android architecture", "Android Architecture Components"], category: "practice", parents: ["mobile-development", "software-architecture"] },
  { id: "mvvm", name: "MVVM", aliases: ["Model-View-ViewModel", "MVVM architecture", "MVVM pattern", "MVVM-C"], category: "practice", parents: ["design-patterns"] },
  { id: "mvc", name: "MVC", aliases: ["Model-View-Controller", "MVC pattern", "MVC architecture", "MVC frameworks"], category: "practice", parents: ["design-patterns"] },
  { id: "model-view-presenter", name: "Model-View-Presenter", aliases: ["MVP pattern", "MVP architecture"], category: "practice", parents: ["design-patterns"] },
  { id: "mvi", name: "MVI", aliases: ["Model-View-Intent", "MVI architecture"], category: "practice", parents: ["design-patterns"], ambiguity: { forms: ["MVI"], caseSensitive: true, needsContext: ANDROID_CONTEXT.concat(IOS_CONTEXT, ["mvvm", "architecture", "redux"]) } },
  { id: "viper", name: "VIPER", aliases: ["VIPER architecture"], category: "practice", parents: ["design-patterns", "mobile-architecture"], ambiguity: { forms: ["VIPER"], caseSensitive: true, needsContext: IOS_CONTEXT.concat(["mvvm", "mvc", "architecture"]) } },
  { id: "mobile-ci-cd", name: "Mobile CI/CD", aliases: ["CI for mobile apps", "mobile CI", "mobile continuous integration", "mobile release pipelines", "mobile build pipelines", "mobile DevOps"], category: "practice", parents: ["ci-cd", "mobile-development"] },
  { id: "fastlane", name: "Fastlane", aliases: ["fastlane match", "fastlane lanes"], category: "tool", parents: ["mobile-ci-cd"] },
  { id: "bitrise", name: "Bitrise", aliases: [], category: "tool", parents: ["mobile-ci-cd"] },
  { id: "codemagic", name: "Codemagic", aliases: [], category: "tool", parents: ["mobile-ci-cd"] },
  { id: "xcode-cloud", name: "Xcode Cloud", aliases: [], category: "tool", parents: ["mobile-ci-cd", "xcode"] },
  { id: "app-center", name: "Visual Studio App Center", aliases: ["App Center", "Microsoft App Center", "HockeyApp"], category: "tool", parents: ["mobile-ci-cd"] },
  { id: "firebase-app-distribution", name: "Firebase App Distribution", aliases: [], category: "tool", parents: ["firebase", "mobile-ci-cd"] },
  { id: "mobile-app-release", name: "Mobile app release management", aliases: ["app store releases", "app store deployment", "app publishing", "publishing to the app stores", "releasing mobile apps", "staged rollouts", "phased releases"], category: "practice", parents: ["mobile-development", "release-management"] },
  { id: "app-store-optimization", name: "App store optimization", aliases: ["ASO", "app store optimisation"], category: "practice", parents: ["mobile-development"], ambiguity: { forms: ["ASO"], caseSensitive: true, needsContext: ["app store", "app", "apps", "mobile", "play store", "downloads", "installs"] } },
  { id: "ui-testing", name: "UI testing", aliases: ["UI tests", "UI test automation", "user interface testing", "GUI testing", "UI automation testing", "UI automation"], category: "practice", parents: ["software-testing"] },
  { id: "snapshot-testing", name: "Snapshot testing", aliases: ["snapshot tests", "screenshot testing", "screenshot tests"], category: "practice", parents: ["ui-testing"] },
  { id: "detox", name: "Detox", aliases: ["Detox E2E"], category: "framework", parents: ["react-native", "end-to-end-testing"], ambiguity: { forms: ["Detox"], caseSensitive: true, needsContext: MOBILE_TEST_CONTEXT } },
  { id: "maestro", name: "Maestro", aliases: ["Maestro flows", "mobile.dev Maestro"], category: "framework", parents: ["ui-testing", "mobile-development"], ambiguity: { forms: ["Maestro"], caseSensitive: true, needsContext: MOBILE_TEST_CONTEXT } },
  { id: "earlgrey", name: "EarlGrey", aliases: ["KIF"], category: "framework", parents: ["ios-development", "ui-testing"], ambiguity: { forms: ["KIF"], caseSensitive: true, needsContext: IOS_CONTEXT.concat(["xctest", "testing"]) } },
  { id: "mobile-accessibility", name: "Mobile accessibility", aliases: ["VoiceOver", "TalkBack", "Dynamic Type", "accessibility on mobile", "mobile a11y", "Switch Access"], category: "practice", parents: ["web-accessibility", "mobile-development"] },
  { id: "mobile-performance", name: "Mobile performance optimization", aliases: ["mobile app performance", "app startup time", "app start-up time", "cold-start time", "cold start times", "app size optimization", "battery optimization", "jank", "frame drops"], category: "practice", parents: ["mobile-development", "performance-optimization"], ambiguity: { forms: ["jank"], needsContext: ["ios", "android", "mobile", "app", "frames", "rendering", "ui"] } },
  { id: "offline-first", name: "Offline-first", aliases: ["offline-first apps", "offline-first architecture", "offline support", "offline sync", "offline mode"], category: "practice", parents: ["mobile-development"] },

  // Device capabilities and services
  { id: "push-notifications", name: "Push notifications", aliases: ["push notification", "mobile push notifications", "APNs", "Apple Push Notification service", "remote notifications", "OneSignal"], category: "practice", parents: ["mobile-development"] },
  { id: "firebase-cloud-messaging", name: "Firebase Cloud Messaging", aliases: ["FCM", "Google Cloud Messaging"], category: "cloud", parents: ["firebase", "push-notifications"], ambiguity: { forms: ["FCM"], caseSensitive: true, needsContext: ["firebase", "push", "notifications", "android", "ios", "mobile", "apns"] } },
  { id: "firebase-crashlytics", name: "Firebase Crashlytics", aliases: ["Crashlytics", "crash reporting", "Bugsnag", "Instabug"], category: "tool", parents: ["firebase", "mobile-development"] },
  { id: "deep-linking", name: "Deep linking", aliases: ["deep links", "deeplinking", "deep link", "Universal Links", "App Links", "deferred deep linking", "Branch.io", "Firebase Dynamic Links"], category: "practice", parents: ["mobile-development"] },
  { id: "in-app-purchases", name: "In-app purchases", aliases: ["in-app purchase", "in-app subscriptions", "mobile subscriptions", "IAP", "RevenueCat", "subscription billing on mobile"], category: "practice", parents: ["mobile-development"], ambiguity: { forms: ["IAP"], caseSensitive: true, needsContext: ["app", "apps", "ios", "android", "storekit", "subscriptions", "mobile", "purchases"] } },
  { id: "mobile-attribution", name: "Mobile attribution", aliases: ["AppsFlyer", "Adjust SDK", "Kochava", "mobile measurement partner", "app attribution", "SKAdNetwork"], category: "tool", parents: ["mobile-development", "marketing-analytics"] },
  { id: "bluetooth-low-energy", name: "Bluetooth Low Energy", aliases: ["BLE", "Bluetooth LE", "CoreBluetooth", "Core Bluetooth", "Bluetooth", "Bluetooth connectivity"], category: "infrastructure", parents: ["internet-of-things"], ambiguity: { forms: ["BLE"], caseSensitive: true } },
  { id: "nfc", name: "NFC", aliases: ["near-field communication", "near field communication", "Core NFC"], category: "infrastructure", parents: ["mobile-development"], ambiguity: { forms: ["NFC"], caseSensitive: true } },
  { id: "location-services", name: "Location services", aliases: ["geolocation", "geofencing", "GPS tracking", "location tracking", "background location"], category: "practice", parents: ["mobile-development"] },
  { id: "google-maps-platform", name: "Google Maps Platform", aliases: ["Google Maps API", "Google Maps SDK", "Maps SDK", "Google Places API", "Google Maps"], category: "cloud", parents: ["google-cloud-platform", "api-integration"] },
  { id: "mapbox", name: "Mapbox", aliases: ["Mapbox GL", "Mapbox GL JS", "MapLibre", "MapLibre GL"], category: "framework", parents: ["web-mapping"] },
  { id: "web-mapping", name: "Web mapping", aliases: ["Leaflet", "Leaflet.js", "OpenLayers", "deck.gl", "Kepler.gl", "interactive maps", "map rendering"], category: "framework", parents: ["geospatial-analysis"] },
  { id: "biometric-authentication", name: "Biometric authentication", aliases: ["Face ID", "Touch ID", "BiometricPrompt", "biometrics"], category: "security", parents: ["authentication", "mobile-security"] },

  // Real-time communication and media
  { id: "real-time-communication", name: "Real-time communication", aliases: ["real-time video", "real-time audio", "real-time video SDK", "video SDK", "video SDKs", "video calling", "voice and video calling", "video chat", "video conferencing", "RTC"], category: "concept", parents: ["real-time-systems"], ambiguity: { forms: ["RTC"], caseSensitive: true, needsContext: ["webrtc", "video", "audio", "voice", "sdk", "real-time", "realtime", "calls", "streaming"] } },
  { id: "webrtc", name: "WebRTC", aliases: ["Web Real-Time Communication", "WebRTC SFU", "SFU", "MCU", "mediasoup", "Janus", "Pion"], category: "framework", parents: ["real-time-communication"], ambiguity: { forms: ["SFU", "MCU", "Janus", "Pion"], caseSensitive: true, needsContext: ["webrtc", "video", "audio", "rtc", "media", "streaming", "sfu", "real-time"] } },
  { id: "twilio", name: "Twilio", aliases: ["Twilio Video", "Twilio Voice", "Twilio SMS", "Twilio API", "Twilio Flex", "Twilio Programmable Video"], category: "cloud", parents: ["real-time-communication", "api-integration"] },
  { id: "agora", name: "Agora", aliases: ["Agora SDK", "Agora.io", "Agora RTC"], category: "cloud", parents: ["real-time-communication"], ambiguity: { forms: ["Agora"], caseSensitive: true } },
  { id: "vonage", name: "Vonage", aliases: ["Vonage Video API", "OpenTok", "TokBox", "Nexmo"], category: "cloud", parents: ["real-time-communication"] },
  { id: "livekit", name: "LiveKit", aliases: ["Daily.co", "100ms", "Amazon Chime SDK", "Chime SDK"], category: "cloud", parents: ["real-time-communication"] },
  { id: "voip", name: "VoIP", aliases: ["voice over IP", "telephony", "SIP", "Session Initiation Protocol", "RTP", "Asterisk", "FreeSWITCH", "SIP trunking"], category: "infrastructure", parents: ["networking", "real-time-communication"], ambiguity: { forms: ["SIP", "RTP", "Asterisk"], caseSensitive: true, needsContext: ["voip", "webrtc", "telephony", "voice", "calls", "calling", "sip", "rtp", "audio", "freeswitch", "asterisk", "pbx", "contact center"] } },
  { id: "video-processing", name: "Video processing", aliases: ["video encoding", "video transcoding", "video pipelines", "video codecs", "codecs", "H.264", "H.265", "HEVC", "AV1", "VP9", "video compression"], category: "concept", parents: ["signal-processing"] },
  { id: "video-streaming-protocols", name: "Video streaming protocols", aliases: ["HLS", "HTTP Live Streaming", "MPEG-DASH", "adaptive bitrate streaming", "ABR streaming", "RTMP", "SRT protocol", "low-latency streaming", "live streaming", "video streaming infrastructure"], category: "infrastructure", parents: ["video-processing", "content-delivery-networks"], ambiguity: { forms: ["HLS", "RTMP"], caseSensitive: true, needsContext: ["video", "streaming", "stream", "dash", "media", "player", "ffmpeg", "cdn", "live", "transcoding", "encoding"] } },
  { id: "ffmpeg", name: "FFmpeg", aliases: ["ffprobe", "libav", "libavcodec"], category: "tool", parents: ["video-processing"] },
  { id: "gstreamer", name: "GStreamer", aliases: [], category: "framework", parents: ["video-processing"] },
  { id: "mux-video", name: "Mux", aliases: ["Mux Video", "Mux Data", "Cloudflare Stream", "AWS Elemental MediaConvert", "MediaConvert", "Wowza"], category: "cloud", parents: ["video-streaming-protocols"], ambiguity: { forms: ["Mux"], caseSensitive: true, needsContext: ["video", "streaming", "hls", "media", "player"] } },
  { id: "video-players", name: "Video players", aliases: ["video player", "Video.js", "hls.js", "Shaka Player", "JW Player", "AVPlayer"], category: "framework", parents: ["video-processing"] },
  { id: "audio-processing", name: "Audio programming", aliases: ["digital audio", "audio DSP", "audio engineering", "audio codecs", "Opus codec", "Web Audio API", "audio programming"], category: "concept", parents: ["signal-processing"] },
];
