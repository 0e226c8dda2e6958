import torch

x = torch.tensor([1.0, 2.0, 3.0])
y = torch.tensor([4.0, 5.0, 6.0])

# 第一步：对应位置相乘，得到和 x 同形状的向量
print(x * y)
#> tensor([ 4., 10., 18.])
# 第二步：把这些乘积加起来
print(torch.sum(x * y))
#> tensor(32.)

# 和 torch.dot 的结果完全相同
print(torch.equal(torch.sum(x * y), torch.dot(x, y)))
#> True
