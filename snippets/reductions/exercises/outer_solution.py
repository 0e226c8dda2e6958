import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)

r1 = A.sum(axis=1)                # 形状 (5,)，右对齐时被当作一行
r2 = A.sum(axis=1, keepdims=True)  # 形状 (5, 1)，是一列
print(r1.shape, r2.shape)
#> torch.Size([5]) torch.Size([5, 1])

total = r1 + r2

# 逐个位置核对：第 i 行第 j 列是 r2 的第 i 个数加 r1 的第 j 个数
by_hand = torch.zeros(5, 5)
for i in range(5):
    for j in range(5):
        by_hand[i, j] = r2[i, 0] + r1[j]
print(torch.equal(total, by_hand))
#> True

# 想要的“每行的和加倍”：让两边形状一致
print(r1 + r2.reshape(5))
#> tensor([ 12.,  44.,  76., 108., 140.])
print((r2 + r2).shape)
#> torch.Size([5, 1])
