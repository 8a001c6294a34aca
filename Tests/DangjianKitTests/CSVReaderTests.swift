import Testing

@testable import DangjianKit
