import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)

r1 = A.sum(axis=1)
r2 = A.sum(axis=1, keepdims=True)

# 两个都是 5 个行和，数值完全一样
print(r1)
#> tensor([ 6., 22., 38., 54., 70.])
print(r2.reshape(5))
#> tensor([ 6., 22., 38., 54., 70.])

# 相加之后却不是 5 个数
total = r1 + r2
print(total.shape)
#> torch.Size([5, 5])
print(total)
#> tensor([[ 12.,  28.,  44.,  60.,  76.],
#>         [ 28.,  44.,  60.,  76.,  92.],
#>         [ 44.,  60.,  76.,  92., 108.],
#>         [ 60.,  76.,  92., 108., 124.],
#>         [ 76.,  92., 108., 124., 140.]])
