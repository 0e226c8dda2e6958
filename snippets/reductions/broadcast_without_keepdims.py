import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)

# 去掉了维度，行和只是一个长度为 5 的向量
row_sums = A.sum(axis=1)
print(row_sums.shape)
#> torch.Size([5])

# 右对齐后，A 的最后一维是 4，row_sums 是 5：对不上，报错
print(A / row_sums)
#> RuntimeError: The size of tensor a (4) must match the size of tensor b (5) at non-singleton dimension 1
