extension Actor {
    /// Head words of the names of armed groups ("Arakan Army", "Qassam Brigades", "the Popular Mobilization
    /// militia") and of political fronts and movements ("National Liberation Front", "March 23 Movement").
    static let nonStateGroupHeads: Set<String> = [
        "army", "brigade", "brigades", "militia", "militias", "rebels", "guerrillas", "forces", "front", "movement",
    ]

    /// Words of a group's name that mark it as one of insurgents or a political cause rather than a state's own
    /// force ("Ta'ang National *Liberation* Army", "Syrian *Democratic* Forces"), where a state's army is named by
    /// its state alone ("Pakistan Army", "Afghan National Army").
    static let insurgentNameWords: Set<String> = [
        "liberation", "democratic", "alliance", "independence", "resistance", "revolutionary", "rebel", "islamic",
        "salvation", "free", "patriotic", "republican", "mujahideen", "jihad", "martyrs", "support", "popular",
        "mobilization", "mobilisation", "defenders",
    ]

    /// Words that make such a group an armed one (the rest of the fronts and movements are the opposition).
    static let armedNameWords: Set<String> = [
        "army", "brigade", "brigades", "militia", "militias", "rebels", "guerrillas", "forces", "liberation",
        "resistance", "mujahideen", "jihad", "martyrs",
    ]

    /// This organisation, which the recogniser made from its name, with a sector of no state when the name is
    /// that of an armed group, front or movement (`REB` when it is armed, else `OPP`): one with no state placed
    /// ("the National Liberation Army (ELN)") or one whose name says it is insurgent ("Myanmar National
    /// Democratic Alliance Army"), so that it is not taken for its state's own army and its acts on that state
    /// are not self-loops. Other actors are returned as they are.
    public func placedAsNonStateGroup() -> Actor {
        guard kind == .organization, sector.map({ ["MIL", "GOV"].contains($0) }) ?? true else { return self }
        let words = name.lowercased().split(whereSeparator: { !$0.isLetter && $0 != "'" }).map(String.init)
        guard let head = words.last, Self.nonStateGroupHeads.contains(head),
              country == nil || words.contains(where: Self.insurgentNameWords.contains)
        else { return self }
        var copy = self
        copy.sector = words.contains(where: Self.armedNameWords.contains) ? "REB" : "OPP"
        return copy
    }
}
