// Splicing layers into and out of a chain, and undoing it exactly on branching networks.

#include "chain_edits.h"
#include "network_probes.h"

#include <catch2/catch.hpp>

using namespace cd::test;

TEST_CASE("inserting into a chain rewires the layer after it", "[chain_edits]")
{
    cd::Network net;
    const cd::LayerId a = net.append(cd::Conv2d{});
    const cd::LayerId b = net.append(cd::ReLU{});

    SECTION("in the middle")
    {
        cd::insertIntoChain(net, 1, cd::Layer{9, {}, cd::Dropout{}, {}, {}});
        CHECK(net.isChain());
        CHECK(inputsOf(net, 9) == Ids{a});
        CHECK(inputsOf(net, b) == Ids{9});
    }
    SECTION("at the front it reads the network input")
    {
        cd::insertIntoChain(net, 0, cd::Layer{9, {}, cd::Dropout{}, {}, {}});
        CHECK(net.isChain());
        CHECK(inputsOf(net, 9) == Ids{cd::Network::inputId});
        CHECK(inputsOf(net, a) == Ids{9});
    }
    SECTION("past the end it becomes the output")
    {
        cd::insertIntoChain(net, 99,
                            cd::Layer{9, {}, cd::Dropout{}, Ids{a}, {}}); // inputs replaced
        CHECK(net.isChain());
        CHECK(net.layers.back().id == 9);
        CHECK(inputsOf(net, 9) == Ids{b});
    }
}

TEST_CASE("removing a layer joins its readers to its first input; restoring undoes it",
          "[chain_edits]")
{
    // input → a → b → add(b, a): a residual connection around b.
    cd::Network net;
    const cd::LayerId a = net.append(cd::Conv2d{});
    const cd::LayerId b = net.append(cd::Conv2d{});
    const cd::LayerId sum = net.add(cd::Add{}, {b, a});
    const cd::Network before = net;

    SECTION("removing a: both of its readers now read the input")
    {
        const cd::Removal removal = cd::removeLayer(net, 0);
        CHECK(removal.layer.id == a);
        CHECK(inputsOf(net, b) == Ids{cd::Network::inputId});
        CHECK(inputsOf(net, sum) == Ids{b, cd::Network::inputId});
        cd::restoreLayer(net, removal);
        CHECK(net == before);
    }
    SECTION("removing b: the add reads a twice")
    {
        const cd::Removal removal = cd::removeLayer(net, 1);
        CHECK(inputsOf(net, sum) == Ids{a, a});
        cd::restoreLayer(net, removal);
        CHECK(net == before);
    }
    SECTION("removing a join that read nothing makes its readers read the input")
    {
        net.layers[2].inputs.clear();
        const cd::LayerId after = net.append(cd::ReLU{});
        const cd::Network unjoined = net;
        const cd::Removal removal = cd::removeLayer(net, 2);
        CHECK(inputsOf(net, after) == Ids{cd::Network::inputId});
        cd::restoreLayer(net, removal);
        CHECK(net == unjoined);
    }
}

TEST_CASE("a chain insertion followed by its removal is the identity", "[chain_edits]")
{
    cd::Network net;
    net.append(cd::Conv2d{});
    net.append(cd::ReLU{});
    net.append(cd::Flatten{});
    const cd::Network before = net;
    for (int at = 0; at <= 3; ++at) {
        cd::insertIntoChain(net, at, cd::Layer{42, {}, cd::Dropout{}, {}, {}});
        REQUIRE(net.isChain());
        cd::removeLayer(net, at);
        CHECK(net == before);
    }
}
