#pragma once

#include "core/Entity.h"

#include <QStringList>

#include <vector>

// What the entity model costs by itself: entities built and freed from values that are already
// decoded and hot in cache, with the work a reader of this model cannot avoid (each id, each
// record, text and geometry written into the body writer, each body packed). No JSON is read, so
//   simdjson time / (simdjson time + floor time)
// is an upper bound on the ratio any parser producing this model can reach.
class ModelFloor
{
public:
    explicit ModelFloor(std::vector<Entity> prototypes);
    // Builds `count` entities, cycling through the prototypes, and frees them; returns the
    // attribute count so that the work cannot be optimised away.
    size_t buildAndFree(size_t count) const;
    // The prototypes whose rebuilt copy differs from them (written as citydeck-cli JSON lines):
    // empty, or the floor would not be building the same model.
    QStringList unfaithful() const;

private:
    static void rebuild(const Entity &source, Entity *out);

    std::vector<Entity> m_prototypes;
};
