import torch

A = torch.arange(20, dtype=torch.float32).reshape(5, 4)

# 笔记中的写法：x.mean(axis=n, keepdims=True)
kept_mean = A.mean(axis=0, keepdims=True)
print(kept_mean)
#> tensor([[ 8.,  9., 10., 11.]])
print(kept_mean.shape)
#> torch.Size([1, 4])

# 同样保留维度的求和是另一个结果
kept_sum = A.sum(axis=0, keepdims=True)
print(kept_sum)
#> tensor([[40., 45., 50., 55.]])

# mean 给出的是均值：等于保留维度的和除以行数 5，而不等于和本身
print(torch.equal(kept_mean, kept_sum / 5))
#> True
print(torch.equal(kept_mean, kept_sum))
#> False
