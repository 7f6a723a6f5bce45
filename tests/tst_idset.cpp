// The ids of a document seen so far: each id once, a second use refused, at any size.
#include "readers/json/idset.h"
#include "testoutput.h"

#include <QTest>

#include <string>
#include <vector>

class TestIdSet final : public QObject
{
    Q_OBJECT

private slots:
    void init() { TestOutput::watch(); }
    void secondUseRefused();
    void idsThatDifferOnlyInLength();
    void hashGivenAhead();
    void manyIdsWithAndWithoutReserve_data();
    void manyIdsWithAndWithoutReserve();
};

void TestIdSet::secondUseRefused()
{
    IdSet ids;
    QVERIFY(ids.insert("cobra-biologics"));
    QVERIFY(ids.insert("housebuilding-infrastructure"));
    QVERIFY(!ids.insert("cobra-biologics"));
    QVERIFY(!ids.insert(std::string("housebuilding-") + "infrastructure")); // by value, not by address
    QCOMPARE(ids.size(), size_t(2));
}

void TestIdSet::idsThatDifferOnlyInLength()
{
    IdSet ids;
    const std::string_view text = "stcstc";
    QVERIFY(ids.insert(text.substr(0, 3)));
    QVERIFY(ids.insert(text));
    QVERIFY(!ids.insert(text.substr(3)));
    QVERIFY(ids.insert(text.substr(0, 1)));
    QCOMPARE(ids.size(), size_t(3));
}

void TestIdSet::hashGivenAhead()
{
    // The reader hashes an id and prefetches its slot before it inserts it: the same set.
    IdSet ids;
    ids.reserve(4);
    const size_t hash = IdSet::hashOf("bericote-four-ashes");
    QVERIFY(hash != 0); // 0 marks an empty slot
    ids.prefetch(hash);
    QVERIFY(ids.insert("bericote-four-ashes", hash));
    QVERIFY(!ids.insert("bericote-four-ashes"));
    QVERIFY(!ids.insert("bericote-four-ashes", IdSet::hashOf("bericote-four-ashes")));
    IdSet empty;
    empty.prefetch(hash); // nothing to fetch yet: no harm
    QCOMPARE(empty.size(), size_t(0));
}

void TestIdSet::manyIdsWithAndWithoutReserve_data()
{
    QTest::addColumn<bool>("reserve");
    QTest::newRow("reserved") << true;
    QTest::newRow("grown") << false;
}

void TestIdSet::manyIdsWithAndWithoutReserve()
{
    QFETCH(bool, reserve);
    constexpr int count = 100'000;
    std::vector<std::string> texts;
    texts.reserve(count);
    for (int i = 0; i < count; ++i)
        texts.push_back("line-" + std::to_string(i));
    IdSet ids;
    if (reserve)
        ids.reserve(count);
    for (const std::string &text : texts)
        QVERIFY(ids.insert(text));
    for (int i = 0; i < count; i += 997)
        QVERIFY2(!ids.insert(texts[static_cast<size_t>(i)]), texts[static_cast<size_t>(i)].c_str());
    QVERIFY(ids.insert("line-100000"));
    QCOMPARE(ids.size(), size_t(count + 1));
}

QTEST_GUILESS_MAIN(TestIdSet)
#include "tst_idset.moc"
