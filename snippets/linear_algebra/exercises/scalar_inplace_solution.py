import torch

counts = torch.tensor([2, 4, 6])

# counts * 0.5 的结果是 float32；就地运算却要把它写回 int64 的 counts
print(torch.result_type(counts, 0.5), counts.dtype)
#> torch.float32 torch.int64

# 结果仍是整数的就地运算没有问题
counts *= 2
print(counts, counts.dtype)
#> tensor([ 4,  8, 12]) torch.int64
counts //= 4
print(counts, counts.dtype)
#> tensor([1, 2, 3]) torch.int64

# 改法一：得到一个新的浮点张量，counts 这个名字指向它
counts = torch.tensor([2, 4, 6])
counts = counts * 0.5
print(counts)
#> tensor([1., 2., 3.])

# 改法二：先转成浮点，再就地运算
counts = torch.tensor([2, 4, 6]).float()
counts *= 0.5
print(counts)
#> tensor([1., 2., 3.])

# 同样的道理，/= 也不行：/ 的结果总是浮点
counts = torch.tensor([2, 4, 6])
counts /= 2
#> RuntimeError: result type Float can't be cast to the desired output type Long
